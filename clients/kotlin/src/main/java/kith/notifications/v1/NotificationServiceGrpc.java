package kith.notifications.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The caller's in-app notifications: what the domains told them about
 * (a friend request received or accepted, a challenge finished, ...).
 * Stored per user, listed, and streamed live as they are stored.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/notifications/v1/notifications.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class NotificationServiceGrpc {

  private NotificationServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.notifications.v1.NotificationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.ListNotificationsRequest,
      kith.notifications.v1.Notifications.ListNotificationsResponse> getListNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNotifications",
      requestType = kith.notifications.v1.Notifications.ListNotificationsRequest.class,
      responseType = kith.notifications.v1.Notifications.ListNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.ListNotificationsRequest,
      kith.notifications.v1.Notifications.ListNotificationsResponse> getListNotificationsMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.ListNotificationsRequest, kith.notifications.v1.Notifications.ListNotificationsResponse> getListNotificationsMethod;
    if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
          NotificationServiceGrpc.getListNotificationsMethod = getListNotificationsMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.ListNotificationsRequest, kith.notifications.v1.Notifications.ListNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.ListNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.ListNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("ListNotifications"))
              .build();
        }
      }
    }
    return getListNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.MarkNotificationsReadRequest,
      kith.notifications.v1.Notifications.MarkNotificationsReadResponse> getMarkNotificationsReadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkNotificationsRead",
      requestType = kith.notifications.v1.Notifications.MarkNotificationsReadRequest.class,
      responseType = kith.notifications.v1.Notifications.MarkNotificationsReadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.MarkNotificationsReadRequest,
      kith.notifications.v1.Notifications.MarkNotificationsReadResponse> getMarkNotificationsReadMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.MarkNotificationsReadRequest, kith.notifications.v1.Notifications.MarkNotificationsReadResponse> getMarkNotificationsReadMethod;
    if ((getMarkNotificationsReadMethod = NotificationServiceGrpc.getMarkNotificationsReadMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getMarkNotificationsReadMethod = NotificationServiceGrpc.getMarkNotificationsReadMethod) == null) {
          NotificationServiceGrpc.getMarkNotificationsReadMethod = getMarkNotificationsReadMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.MarkNotificationsReadRequest, kith.notifications.v1.Notifications.MarkNotificationsReadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkNotificationsRead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.MarkNotificationsReadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.MarkNotificationsReadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("MarkNotificationsRead"))
              .build();
        }
      }
    }
    return getMarkNotificationsReadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest,
      kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse> getMarkAllNotificationsReadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkAllNotificationsRead",
      requestType = kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest.class,
      responseType = kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest,
      kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse> getMarkAllNotificationsReadMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest, kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse> getMarkAllNotificationsReadMethod;
    if ((getMarkAllNotificationsReadMethod = NotificationServiceGrpc.getMarkAllNotificationsReadMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getMarkAllNotificationsReadMethod = NotificationServiceGrpc.getMarkAllNotificationsReadMethod) == null) {
          NotificationServiceGrpc.getMarkAllNotificationsReadMethod = getMarkAllNotificationsReadMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest, kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkAllNotificationsRead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("MarkAllNotificationsRead"))
              .build();
        }
      }
    }
    return getMarkAllNotificationsReadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.WatchNotificationsRequest,
      kith.notifications.v1.Notifications.WatchNotificationsResponse> getWatchNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchNotifications",
      requestType = kith.notifications.v1.Notifications.WatchNotificationsRequest.class,
      responseType = kith.notifications.v1.Notifications.WatchNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.WatchNotificationsRequest,
      kith.notifications.v1.Notifications.WatchNotificationsResponse> getWatchNotificationsMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.WatchNotificationsRequest, kith.notifications.v1.Notifications.WatchNotificationsResponse> getWatchNotificationsMethod;
    if ((getWatchNotificationsMethod = NotificationServiceGrpc.getWatchNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getWatchNotificationsMethod = NotificationServiceGrpc.getWatchNotificationsMethod) == null) {
          NotificationServiceGrpc.getWatchNotificationsMethod = getWatchNotificationsMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.WatchNotificationsRequest, kith.notifications.v1.Notifications.WatchNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.WatchNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.WatchNotificationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("WatchNotifications"))
              .build();
        }
      }
    }
    return getWatchNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.GetNotificationPreferencesRequest,
      kith.notifications.v1.Notifications.GetNotificationPreferencesResponse> getGetNotificationPreferencesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNotificationPreferences",
      requestType = kith.notifications.v1.Notifications.GetNotificationPreferencesRequest.class,
      responseType = kith.notifications.v1.Notifications.GetNotificationPreferencesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.GetNotificationPreferencesRequest,
      kith.notifications.v1.Notifications.GetNotificationPreferencesResponse> getGetNotificationPreferencesMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.GetNotificationPreferencesRequest, kith.notifications.v1.Notifications.GetNotificationPreferencesResponse> getGetNotificationPreferencesMethod;
    if ((getGetNotificationPreferencesMethod = NotificationServiceGrpc.getGetNotificationPreferencesMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getGetNotificationPreferencesMethod = NotificationServiceGrpc.getGetNotificationPreferencesMethod) == null) {
          NotificationServiceGrpc.getGetNotificationPreferencesMethod = getGetNotificationPreferencesMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.GetNotificationPreferencesRequest, kith.notifications.v1.Notifications.GetNotificationPreferencesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNotificationPreferences"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.GetNotificationPreferencesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.GetNotificationPreferencesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("GetNotificationPreferences"))
              .build();
        }
      }
    }
    return getGetNotificationPreferencesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest,
      kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse> getUpdateNotificationPreferencesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateNotificationPreferences",
      requestType = kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest.class,
      responseType = kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest,
      kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse> getUpdateNotificationPreferencesMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest, kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse> getUpdateNotificationPreferencesMethod;
    if ((getUpdateNotificationPreferencesMethod = NotificationServiceGrpc.getUpdateNotificationPreferencesMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getUpdateNotificationPreferencesMethod = NotificationServiceGrpc.getUpdateNotificationPreferencesMethod) == null) {
          NotificationServiceGrpc.getUpdateNotificationPreferencesMethod = getUpdateNotificationPreferencesMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest, kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateNotificationPreferences"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("UpdateNotificationPreferences"))
              .build();
        }
      }
    }
    return getUpdateNotificationPreferencesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.RegisterPushTokenRequest,
      kith.notifications.v1.Notifications.RegisterPushTokenResponse> getRegisterPushTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegisterPushToken",
      requestType = kith.notifications.v1.Notifications.RegisterPushTokenRequest.class,
      responseType = kith.notifications.v1.Notifications.RegisterPushTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.RegisterPushTokenRequest,
      kith.notifications.v1.Notifications.RegisterPushTokenResponse> getRegisterPushTokenMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.RegisterPushTokenRequest, kith.notifications.v1.Notifications.RegisterPushTokenResponse> getRegisterPushTokenMethod;
    if ((getRegisterPushTokenMethod = NotificationServiceGrpc.getRegisterPushTokenMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getRegisterPushTokenMethod = NotificationServiceGrpc.getRegisterPushTokenMethod) == null) {
          NotificationServiceGrpc.getRegisterPushTokenMethod = getRegisterPushTokenMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.RegisterPushTokenRequest, kith.notifications.v1.Notifications.RegisterPushTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegisterPushToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.RegisterPushTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.RegisterPushTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("RegisterPushToken"))
              .build();
        }
      }
    }
    return getRegisterPushTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.ListPushTokensRequest,
      kith.notifications.v1.Notifications.ListPushTokensResponse> getListPushTokensMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPushTokens",
      requestType = kith.notifications.v1.Notifications.ListPushTokensRequest.class,
      responseType = kith.notifications.v1.Notifications.ListPushTokensResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.ListPushTokensRequest,
      kith.notifications.v1.Notifications.ListPushTokensResponse> getListPushTokensMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.ListPushTokensRequest, kith.notifications.v1.Notifications.ListPushTokensResponse> getListPushTokensMethod;
    if ((getListPushTokensMethod = NotificationServiceGrpc.getListPushTokensMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getListPushTokensMethod = NotificationServiceGrpc.getListPushTokensMethod) == null) {
          NotificationServiceGrpc.getListPushTokensMethod = getListPushTokensMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.ListPushTokensRequest, kith.notifications.v1.Notifications.ListPushTokensResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPushTokens"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.ListPushTokensRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.ListPushTokensResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("ListPushTokens"))
              .build();
        }
      }
    }
    return getListPushTokensMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.DeletePushTokenRequest,
      kith.notifications.v1.Notifications.DeletePushTokenResponse> getDeletePushTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeletePushToken",
      requestType = kith.notifications.v1.Notifications.DeletePushTokenRequest.class,
      responseType = kith.notifications.v1.Notifications.DeletePushTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.DeletePushTokenRequest,
      kith.notifications.v1.Notifications.DeletePushTokenResponse> getDeletePushTokenMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Notifications.DeletePushTokenRequest, kith.notifications.v1.Notifications.DeletePushTokenResponse> getDeletePushTokenMethod;
    if ((getDeletePushTokenMethod = NotificationServiceGrpc.getDeletePushTokenMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getDeletePushTokenMethod = NotificationServiceGrpc.getDeletePushTokenMethod) == null) {
          NotificationServiceGrpc.getDeletePushTokenMethod = getDeletePushTokenMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Notifications.DeletePushTokenRequest, kith.notifications.v1.Notifications.DeletePushTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeletePushToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.DeletePushTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Notifications.DeletePushTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NotificationServiceMethodDescriptorSupplier("DeletePushToken"))
              .build();
        }
      }
    }
    return getDeletePushTokenMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NotificationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub>() {
        @java.lang.Override
        public NotificationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceStub(channel, callOptions);
        }
      };
    return NotificationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NotificationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub>() {
        @java.lang.Override
        public NotificationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceBlockingStub(channel, callOptions);
        }
      };
    return NotificationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NotificationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub>() {
        @java.lang.Override
        public NotificationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceFutureStub(channel, callOptions);
        }
      };
    return NotificationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The caller's in-app notifications: what the domains told them about
   * (a friend request received or accepted, a challenge finished, ...).
   * Stored per user, listed, and streamed live as they are stored.
   * </pre>
   */
  public static abstract class NotificationServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listNotifications(kith.notifications.v1.Notifications.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks the given notifications (or all of them) read.
     * </pre>
     */
    public void markNotificationsRead(kith.notifications.v1.Notifications.MarkNotificationsReadRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.MarkNotificationsReadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkNotificationsReadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks every unread notification of the caller read.
     * </pre>
     */
    public void markAllNotificationsRead(kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkAllNotificationsReadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the caller's unread notifications stored after
     * `after_notification_id` (oldest first), then each new one as soon as it
     * is stored, by whichever server process stored it. A client that
     * reconnects with the last id it received misses nothing. Works over
     * gRPC-Web. Each user may hold a few streams per server process
     * (RESOURCE_EXHAUSTED, reason TOO_MANY_WATCHERS); the stream ends with
     * UNAUTHENTICATED once the caller's session ends.
     * </pre>
     */
    public void watchNotifications(kith.notifications.v1.Notifications.WatchNotificationsRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.WatchNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The caller's channels per kind and quiet hours.
     * </pre>
     */
    public void getNotificationPreferences(kith.notifications.v1.Notifications.GetNotificationPreferencesRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.GetNotificationPreferencesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNotificationPreferencesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: "kinds" (replaces the whole
     * per-kind list) and "quiet_hours" (unset clears them).
     * </pre>
     */
    public void updateNotificationPreferences(kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateNotificationPreferencesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Registers a device's push token (an FCM registration token) for the
     * caller; each new notification is then pushed to it, unless the kind's
     * `push` preference is off, and held until the caller's quiet hours end.
     * Registering a token again is idempotent: the same PushToken comes back,
     * its last_seen_time refreshed (apps register at each start). A token
     * registered by another user MOVES to the caller, with a new id: a token
     * names an app install on one device, and a phone that changes hands (or
     * an account switch in the app) must stop receiving the previous user's
     * news. At most 20 tokens per user (RESOURCE_EXHAUSTED,
     * TOO_MANY_PUSH_TOKENS). Tokens the push service reports as unregistered
     * or invalid are removed.
     * </pre>
     */
    public void registerPushToken(kith.notifications.v1.Notifications.RegisterPushTokenRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.RegisterPushTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterPushTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * The caller's push tokens (their devices), newest first.
     * </pre>
     */
    public void listPushTokens(kith.notifications.v1.Notifications.ListPushTokensRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.ListPushTokensResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPushTokensMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes one of the caller's push tokens (signing out of a device).
     * </pre>
     */
    public void deletePushToken(kith.notifications.v1.Notifications.DeletePushTokenRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.DeletePushTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeletePushTokenMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListNotificationsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.ListNotificationsRequest,
                kith.notifications.v1.Notifications.ListNotificationsResponse>(
                  this, METHODID_LIST_NOTIFICATIONS)))
          .addMethod(
            getMarkNotificationsReadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.MarkNotificationsReadRequest,
                kith.notifications.v1.Notifications.MarkNotificationsReadResponse>(
                  this, METHODID_MARK_NOTIFICATIONS_READ)))
          .addMethod(
            getMarkAllNotificationsReadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest,
                kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse>(
                  this, METHODID_MARK_ALL_NOTIFICATIONS_READ)))
          .addMethod(
            getWatchNotificationsMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.WatchNotificationsRequest,
                kith.notifications.v1.Notifications.WatchNotificationsResponse>(
                  this, METHODID_WATCH_NOTIFICATIONS)))
          .addMethod(
            getGetNotificationPreferencesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.GetNotificationPreferencesRequest,
                kith.notifications.v1.Notifications.GetNotificationPreferencesResponse>(
                  this, METHODID_GET_NOTIFICATION_PREFERENCES)))
          .addMethod(
            getUpdateNotificationPreferencesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest,
                kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse>(
                  this, METHODID_UPDATE_NOTIFICATION_PREFERENCES)))
          .addMethod(
            getRegisterPushTokenMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.RegisterPushTokenRequest,
                kith.notifications.v1.Notifications.RegisterPushTokenResponse>(
                  this, METHODID_REGISTER_PUSH_TOKEN)))
          .addMethod(
            getListPushTokensMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.ListPushTokensRequest,
                kith.notifications.v1.Notifications.ListPushTokensResponse>(
                  this, METHODID_LIST_PUSH_TOKENS)))
          .addMethod(
            getDeletePushTokenMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Notifications.DeletePushTokenRequest,
                kith.notifications.v1.Notifications.DeletePushTokenResponse>(
                  this, METHODID_DELETE_PUSH_TOKEN)))
          .build();
    }
  }

  /**
   * <pre>
   * The caller's in-app notifications: what the domains told them about
   * (a friend request received or accepted, a challenge finished, ...).
   * Stored per user, listed, and streamed live as they are stored.
   * </pre>
   */
  public static final class NotificationServiceStub extends io.grpc.stub.AbstractAsyncStub<NotificationServiceStub> {
    private NotificationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listNotifications(kith.notifications.v1.Notifications.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks the given notifications (or all of them) read.
     * </pre>
     */
    public void markNotificationsRead(kith.notifications.v1.Notifications.MarkNotificationsReadRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.MarkNotificationsReadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkNotificationsReadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks every unread notification of the caller read.
     * </pre>
     */
    public void markAllNotificationsRead(kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkAllNotificationsReadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the caller's unread notifications stored after
     * `after_notification_id` (oldest first), then each new one as soon as it
     * is stored, by whichever server process stored it. A client that
     * reconnects with the last id it received misses nothing. Works over
     * gRPC-Web. Each user may hold a few streams per server process
     * (RESOURCE_EXHAUSTED, reason TOO_MANY_WATCHERS); the stream ends with
     * UNAUTHENTICATED once the caller's session ends.
     * </pre>
     */
    public void watchNotifications(kith.notifications.v1.Notifications.WatchNotificationsRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.WatchNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The caller's channels per kind and quiet hours.
     * </pre>
     */
    public void getNotificationPreferences(kith.notifications.v1.Notifications.GetNotificationPreferencesRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.GetNotificationPreferencesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNotificationPreferencesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: "kinds" (replaces the whole
     * per-kind list) and "quiet_hours" (unset clears them).
     * </pre>
     */
    public void updateNotificationPreferences(kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateNotificationPreferencesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Registers a device's push token (an FCM registration token) for the
     * caller; each new notification is then pushed to it, unless the kind's
     * `push` preference is off, and held until the caller's quiet hours end.
     * Registering a token again is idempotent: the same PushToken comes back,
     * its last_seen_time refreshed (apps register at each start). A token
     * registered by another user MOVES to the caller, with a new id: a token
     * names an app install on one device, and a phone that changes hands (or
     * an account switch in the app) must stop receiving the previous user's
     * news. At most 20 tokens per user (RESOURCE_EXHAUSTED,
     * TOO_MANY_PUSH_TOKENS). Tokens the push service reports as unregistered
     * or invalid are removed.
     * </pre>
     */
    public void registerPushToken(kith.notifications.v1.Notifications.RegisterPushTokenRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.RegisterPushTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterPushTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The caller's push tokens (their devices), newest first.
     * </pre>
     */
    public void listPushTokens(kith.notifications.v1.Notifications.ListPushTokensRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.ListPushTokensResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPushTokensMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes one of the caller's push tokens (signing out of a device).
     * </pre>
     */
    public void deletePushToken(kith.notifications.v1.Notifications.DeletePushTokenRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.DeletePushTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeletePushTokenMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The caller's in-app notifications: what the domains told them about
   * (a friend request received or accepted, a challenge finished, ...).
   * Stored per user, listed, and streamed live as they are stored.
   * </pre>
   */
  public static final class NotificationServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<NotificationServiceBlockingStub> {
    private NotificationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public kith.notifications.v1.Notifications.ListNotificationsResponse listNotifications(kith.notifications.v1.Notifications.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks the given notifications (or all of them) read.
     * </pre>
     */
    public kith.notifications.v1.Notifications.MarkNotificationsReadResponse markNotificationsRead(kith.notifications.v1.Notifications.MarkNotificationsReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkNotificationsReadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks every unread notification of the caller read.
     * </pre>
     */
    public kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse markAllNotificationsRead(kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkAllNotificationsReadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the caller's unread notifications stored after
     * `after_notification_id` (oldest first), then each new one as soon as it
     * is stored, by whichever server process stored it. A client that
     * reconnects with the last id it received misses nothing. Works over
     * gRPC-Web. Each user may hold a few streams per server process
     * (RESOURCE_EXHAUSTED, reason TOO_MANY_WATCHERS); the stream ends with
     * UNAUTHENTICATED once the caller's session ends.
     * </pre>
     */
    public java.util.Iterator<kith.notifications.v1.Notifications.WatchNotificationsResponse> watchNotifications(
        kith.notifications.v1.Notifications.WatchNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's channels per kind and quiet hours.
     * </pre>
     */
    public kith.notifications.v1.Notifications.GetNotificationPreferencesResponse getNotificationPreferences(kith.notifications.v1.Notifications.GetNotificationPreferencesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNotificationPreferencesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: "kinds" (replaces the whole
     * per-kind list) and "quiet_hours" (unset clears them).
     * </pre>
     */
    public kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse updateNotificationPreferences(kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateNotificationPreferencesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Registers a device's push token (an FCM registration token) for the
     * caller; each new notification is then pushed to it, unless the kind's
     * `push` preference is off, and held until the caller's quiet hours end.
     * Registering a token again is idempotent: the same PushToken comes back,
     * its last_seen_time refreshed (apps register at each start). A token
     * registered by another user MOVES to the caller, with a new id: a token
     * names an app install on one device, and a phone that changes hands (or
     * an account switch in the app) must stop receiving the previous user's
     * news. At most 20 tokens per user (RESOURCE_EXHAUSTED,
     * TOO_MANY_PUSH_TOKENS). Tokens the push service reports as unregistered
     * or invalid are removed.
     * </pre>
     */
    public kith.notifications.v1.Notifications.RegisterPushTokenResponse registerPushToken(kith.notifications.v1.Notifications.RegisterPushTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterPushTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's push tokens (their devices), newest first.
     * </pre>
     */
    public kith.notifications.v1.Notifications.ListPushTokensResponse listPushTokens(kith.notifications.v1.Notifications.ListPushTokensRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPushTokensMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes one of the caller's push tokens (signing out of a device).
     * </pre>
     */
    public kith.notifications.v1.Notifications.DeletePushTokenResponse deletePushToken(kith.notifications.v1.Notifications.DeletePushTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeletePushTokenMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The caller's in-app notifications: what the domains told them about
   * (a friend request received or accepted, a challenge finished, ...).
   * Stored per user, listed, and streamed live as they are stored.
   * </pre>
   */
  public static final class NotificationServiceFutureStub extends io.grpc.stub.AbstractFutureStub<NotificationServiceFutureStub> {
    private NotificationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.ListNotificationsResponse> listNotifications(
        kith.notifications.v1.Notifications.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks the given notifications (or all of them) read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.MarkNotificationsReadResponse> markNotificationsRead(
        kith.notifications.v1.Notifications.MarkNotificationsReadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkNotificationsReadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks every unread notification of the caller read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse> markAllNotificationsRead(
        kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkAllNotificationsReadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The caller's channels per kind and quiet hours.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.GetNotificationPreferencesResponse> getNotificationPreferences(
        kith.notifications.v1.Notifications.GetNotificationPreferencesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNotificationPreferencesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: "kinds" (replaces the whole
     * per-kind list) and "quiet_hours" (unset clears them).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse> updateNotificationPreferences(
        kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateNotificationPreferencesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Registers a device's push token (an FCM registration token) for the
     * caller; each new notification is then pushed to it, unless the kind's
     * `push` preference is off, and held until the caller's quiet hours end.
     * Registering a token again is idempotent: the same PushToken comes back,
     * its last_seen_time refreshed (apps register at each start). A token
     * registered by another user MOVES to the caller, with a new id: a token
     * names an app install on one device, and a phone that changes hands (or
     * an account switch in the app) must stop receiving the previous user's
     * news. At most 20 tokens per user (RESOURCE_EXHAUSTED,
     * TOO_MANY_PUSH_TOKENS). Tokens the push service reports as unregistered
     * or invalid are removed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.RegisterPushTokenResponse> registerPushToken(
        kith.notifications.v1.Notifications.RegisterPushTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterPushTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The caller's push tokens (their devices), newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.ListPushTokensResponse> listPushTokens(
        kith.notifications.v1.Notifications.ListPushTokensRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPushTokensMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes one of the caller's push tokens (signing out of a device).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Notifications.DeletePushTokenResponse> deletePushToken(
        kith.notifications.v1.Notifications.DeletePushTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeletePushTokenMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_NOTIFICATIONS = 0;
  private static final int METHODID_MARK_NOTIFICATIONS_READ = 1;
  private static final int METHODID_MARK_ALL_NOTIFICATIONS_READ = 2;
  private static final int METHODID_WATCH_NOTIFICATIONS = 3;
  private static final int METHODID_GET_NOTIFICATION_PREFERENCES = 4;
  private static final int METHODID_UPDATE_NOTIFICATION_PREFERENCES = 5;
  private static final int METHODID_REGISTER_PUSH_TOKEN = 6;
  private static final int METHODID_LIST_PUSH_TOKENS = 7;
  private static final int METHODID_DELETE_PUSH_TOKEN = 8;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final NotificationServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(NotificationServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_NOTIFICATIONS:
          serviceImpl.listNotifications((kith.notifications.v1.Notifications.ListNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.ListNotificationsResponse>) responseObserver);
          break;
        case METHODID_MARK_NOTIFICATIONS_READ:
          serviceImpl.markNotificationsRead((kith.notifications.v1.Notifications.MarkNotificationsReadRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.MarkNotificationsReadResponse>) responseObserver);
          break;
        case METHODID_MARK_ALL_NOTIFICATIONS_READ:
          serviceImpl.markAllNotificationsRead((kith.notifications.v1.Notifications.MarkAllNotificationsReadRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.MarkAllNotificationsReadResponse>) responseObserver);
          break;
        case METHODID_WATCH_NOTIFICATIONS:
          serviceImpl.watchNotifications((kith.notifications.v1.Notifications.WatchNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.WatchNotificationsResponse>) responseObserver);
          break;
        case METHODID_GET_NOTIFICATION_PREFERENCES:
          serviceImpl.getNotificationPreferences((kith.notifications.v1.Notifications.GetNotificationPreferencesRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.GetNotificationPreferencesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_NOTIFICATION_PREFERENCES:
          serviceImpl.updateNotificationPreferences((kith.notifications.v1.Notifications.UpdateNotificationPreferencesRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.UpdateNotificationPreferencesResponse>) responseObserver);
          break;
        case METHODID_REGISTER_PUSH_TOKEN:
          serviceImpl.registerPushToken((kith.notifications.v1.Notifications.RegisterPushTokenRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.RegisterPushTokenResponse>) responseObserver);
          break;
        case METHODID_LIST_PUSH_TOKENS:
          serviceImpl.listPushTokens((kith.notifications.v1.Notifications.ListPushTokensRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.ListPushTokensResponse>) responseObserver);
          break;
        case METHODID_DELETE_PUSH_TOKEN:
          serviceImpl.deletePushToken((kith.notifications.v1.Notifications.DeletePushTokenRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Notifications.DeletePushTokenResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class NotificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    NotificationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.notifications.v1.Notifications.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("NotificationService");
    }
  }

  private static final class NotificationServiceFileDescriptorSupplier
      extends NotificationServiceBaseDescriptorSupplier {
    NotificationServiceFileDescriptorSupplier() {}
  }

  private static final class NotificationServiceMethodDescriptorSupplier
      extends NotificationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    NotificationServiceMethodDescriptorSupplier(String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (NotificationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new NotificationServiceFileDescriptorSupplier())
              .addMethod(getListNotificationsMethod())
              .addMethod(getMarkNotificationsReadMethod())
              .addMethod(getMarkAllNotificationsReadMethod())
              .addMethod(getWatchNotificationsMethod())
              .addMethod(getGetNotificationPreferencesMethod())
              .addMethod(getUpdateNotificationPreferencesMethod())
              .addMethod(getRegisterPushTokenMethod())
              .addMethod(getListPushTokensMethod())
              .addMethod(getDeletePushTokenMethod())
              .build();
        }
      }
    }
    return result;
  }
}
