package kith.engagement.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Re-engagement: every hour the server finds dormant users, skips those
 * messaged within the frequency cap or in their quiet hours, and sends the
 * rest one message (AI-written or from their segment's template) through
 * notifications, logging it with its status history.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/engagement/v1/engagement.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class EngagementServiceGrpc {

  private EngagementServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.engagement.v1.EngagementService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RunEngagementRequest,
      kith.engagement.v1.Engagement.RunEngagementResponse> getRunEngagementMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RunEngagement",
      requestType = kith.engagement.v1.Engagement.RunEngagementRequest.class,
      responseType = kith.engagement.v1.Engagement.RunEngagementResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RunEngagementRequest,
      kith.engagement.v1.Engagement.RunEngagementResponse> getRunEngagementMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RunEngagementRequest, kith.engagement.v1.Engagement.RunEngagementResponse> getRunEngagementMethod;
    if ((getRunEngagementMethod = EngagementServiceGrpc.getRunEngagementMethod) == null) {
      synchronized (EngagementServiceGrpc.class) {
        if ((getRunEngagementMethod = EngagementServiceGrpc.getRunEngagementMethod) == null) {
          EngagementServiceGrpc.getRunEngagementMethod = getRunEngagementMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.RunEngagementRequest, kith.engagement.v1.Engagement.RunEngagementResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RunEngagement"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RunEngagementRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RunEngagementResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EngagementServiceMethodDescriptorSupplier("RunEngagement"))
              .build();
        }
      }
    }
    return getRunEngagementMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.GetEngagementProfileRequest,
      kith.engagement.v1.Engagement.GetEngagementProfileResponse> getGetEngagementProfileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEngagementProfile",
      requestType = kith.engagement.v1.Engagement.GetEngagementProfileRequest.class,
      responseType = kith.engagement.v1.Engagement.GetEngagementProfileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.GetEngagementProfileRequest,
      kith.engagement.v1.Engagement.GetEngagementProfileResponse> getGetEngagementProfileMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.GetEngagementProfileRequest, kith.engagement.v1.Engagement.GetEngagementProfileResponse> getGetEngagementProfileMethod;
    if ((getGetEngagementProfileMethod = EngagementServiceGrpc.getGetEngagementProfileMethod) == null) {
      synchronized (EngagementServiceGrpc.class) {
        if ((getGetEngagementProfileMethod = EngagementServiceGrpc.getGetEngagementProfileMethod) == null) {
          EngagementServiceGrpc.getGetEngagementProfileMethod = getGetEngagementProfileMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.GetEngagementProfileRequest, kith.engagement.v1.Engagement.GetEngagementProfileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEngagementProfile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.GetEngagementProfileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.GetEngagementProfileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EngagementServiceMethodDescriptorSupplier("GetEngagementProfile"))
              .build();
        }
      }
    }
    return getGetEngagementProfileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.ListMessageLogsRequest,
      kith.engagement.v1.Engagement.ListMessageLogsResponse> getListMessageLogsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMessageLogs",
      requestType = kith.engagement.v1.Engagement.ListMessageLogsRequest.class,
      responseType = kith.engagement.v1.Engagement.ListMessageLogsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.ListMessageLogsRequest,
      kith.engagement.v1.Engagement.ListMessageLogsResponse> getListMessageLogsMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.ListMessageLogsRequest, kith.engagement.v1.Engagement.ListMessageLogsResponse> getListMessageLogsMethod;
    if ((getListMessageLogsMethod = EngagementServiceGrpc.getListMessageLogsMethod) == null) {
      synchronized (EngagementServiceGrpc.class) {
        if ((getListMessageLogsMethod = EngagementServiceGrpc.getListMessageLogsMethod) == null) {
          EngagementServiceGrpc.getListMessageLogsMethod = getListMessageLogsMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.ListMessageLogsRequest, kith.engagement.v1.Engagement.ListMessageLogsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMessageLogs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.ListMessageLogsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.ListMessageLogsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EngagementServiceMethodDescriptorSupplier("ListMessageLogs"))
              .build();
        }
      }
    }
    return getListMessageLogsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.UpdateMessageStatusRequest,
      kith.engagement.v1.Engagement.UpdateMessageStatusResponse> getUpdateMessageStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMessageStatus",
      requestType = kith.engagement.v1.Engagement.UpdateMessageStatusRequest.class,
      responseType = kith.engagement.v1.Engagement.UpdateMessageStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.UpdateMessageStatusRequest,
      kith.engagement.v1.Engagement.UpdateMessageStatusResponse> getUpdateMessageStatusMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.UpdateMessageStatusRequest, kith.engagement.v1.Engagement.UpdateMessageStatusResponse> getUpdateMessageStatusMethod;
    if ((getUpdateMessageStatusMethod = EngagementServiceGrpc.getUpdateMessageStatusMethod) == null) {
      synchronized (EngagementServiceGrpc.class) {
        if ((getUpdateMessageStatusMethod = EngagementServiceGrpc.getUpdateMessageStatusMethod) == null) {
          EngagementServiceGrpc.getUpdateMessageStatusMethod = getUpdateMessageStatusMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.UpdateMessageStatusRequest, kith.engagement.v1.Engagement.UpdateMessageStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMessageStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.UpdateMessageStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.UpdateMessageStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EngagementServiceMethodDescriptorSupplier("UpdateMessageStatus"))
              .build();
        }
      }
    }
    return getUpdateMessageStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.GetEngagementMetricsRequest,
      kith.engagement.v1.Engagement.GetEngagementMetricsResponse> getGetEngagementMetricsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEngagementMetrics",
      requestType = kith.engagement.v1.Engagement.GetEngagementMetricsRequest.class,
      responseType = kith.engagement.v1.Engagement.GetEngagementMetricsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.GetEngagementMetricsRequest,
      kith.engagement.v1.Engagement.GetEngagementMetricsResponse> getGetEngagementMetricsMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.GetEngagementMetricsRequest, kith.engagement.v1.Engagement.GetEngagementMetricsResponse> getGetEngagementMetricsMethod;
    if ((getGetEngagementMetricsMethod = EngagementServiceGrpc.getGetEngagementMetricsMethod) == null) {
      synchronized (EngagementServiceGrpc.class) {
        if ((getGetEngagementMetricsMethod = EngagementServiceGrpc.getGetEngagementMetricsMethod) == null) {
          EngagementServiceGrpc.getGetEngagementMetricsMethod = getGetEngagementMetricsMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.GetEngagementMetricsRequest, kith.engagement.v1.Engagement.GetEngagementMetricsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEngagementMetrics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.GetEngagementMetricsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.GetEngagementMetricsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EngagementServiceMethodDescriptorSupplier("GetEngagementMetrics"))
              .build();
        }
      }
    }
    return getGetEngagementMetricsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EngagementServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EngagementServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EngagementServiceStub>() {
        @java.lang.Override
        public EngagementServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EngagementServiceStub(channel, callOptions);
        }
      };
    return EngagementServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EngagementServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EngagementServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EngagementServiceBlockingStub>() {
        @java.lang.Override
        public EngagementServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EngagementServiceBlockingStub(channel, callOptions);
        }
      };
    return EngagementServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EngagementServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EngagementServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EngagementServiceFutureStub>() {
        @java.lang.Override
        public EngagementServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EngagementServiceFutureStub(channel, callOptions);
        }
      };
    return EngagementServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Re-engagement: every hour the server finds dormant users, skips those
   * messaged within the frequency cap or in their quiet hours, and sends the
   * rest one message (AI-written or from their segment's template) through
   * notifications, logging it with its status history.
   * </pre>
   */
  public static abstract class EngagementServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Admins: runs re-engagement now. With `dry_run` nothing is written, no
     * AI is asked, and the response lists every decision.
     * </pre>
     */
    public void runEngagement(kith.engagement.v1.Engagement.RunEngagementRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RunEngagementResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRunEngagementMethod(), responseObserver);
    }

    /**
     * <pre>
     * The caller's profile (admins: any user's), recomputed first when asked.
     * </pre>
     */
    public void getEngagementProfile(kith.engagement.v1.Engagement.GetEngagementProfileRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.GetEngagementProfileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEngagementProfileMethod(), responseObserver);
    }

    /**
     * <pre>
     * Messages sent to the caller (admins: to anyone, or to `user_id`),
     * newest first.
     * </pre>
     */
    public void listMessageLogs(kith.engagement.v1.Engagement.ListMessageLogsRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.ListMessageLogsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMessageLogsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records that a message reached the device or was opened: by the user it
     * was sent to, or by an admin (a delivery receipt). A status never moves
     * back: clicked implies delivered.
     * </pre>
     */
    public void updateMessageStatus(kith.engagement.v1.Engagement.UpdateMessageStatusRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.UpdateMessageStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateMessageStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * Admins: sent, delivered and clicked counts and rates by segment and
     * template over a period.
     * </pre>
     */
    public void getEngagementMetrics(kith.engagement.v1.Engagement.GetEngagementMetricsRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.GetEngagementMetricsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEngagementMetricsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getRunEngagementMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.RunEngagementRequest,
                kith.engagement.v1.Engagement.RunEngagementResponse>(
                  this, METHODID_RUN_ENGAGEMENT)))
          .addMethod(
            getGetEngagementProfileMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.GetEngagementProfileRequest,
                kith.engagement.v1.Engagement.GetEngagementProfileResponse>(
                  this, METHODID_GET_ENGAGEMENT_PROFILE)))
          .addMethod(
            getListMessageLogsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.ListMessageLogsRequest,
                kith.engagement.v1.Engagement.ListMessageLogsResponse>(
                  this, METHODID_LIST_MESSAGE_LOGS)))
          .addMethod(
            getUpdateMessageStatusMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.UpdateMessageStatusRequest,
                kith.engagement.v1.Engagement.UpdateMessageStatusResponse>(
                  this, METHODID_UPDATE_MESSAGE_STATUS)))
          .addMethod(
            getGetEngagementMetricsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.GetEngagementMetricsRequest,
                kith.engagement.v1.Engagement.GetEngagementMetricsResponse>(
                  this, METHODID_GET_ENGAGEMENT_METRICS)))
          .build();
    }
  }

  /**
   * <pre>
   * Re-engagement: every hour the server finds dormant users, skips those
   * messaged within the frequency cap or in their quiet hours, and sends the
   * rest one message (AI-written or from their segment's template) through
   * notifications, logging it with its status history.
   * </pre>
   */
  public static final class EngagementServiceStub extends io.grpc.stub.AbstractAsyncStub<EngagementServiceStub> {
    private EngagementServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EngagementServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EngagementServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Admins: runs re-engagement now. With `dry_run` nothing is written, no
     * AI is asked, and the response lists every decision.
     * </pre>
     */
    public void runEngagement(kith.engagement.v1.Engagement.RunEngagementRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RunEngagementResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRunEngagementMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The caller's profile (admins: any user's), recomputed first when asked.
     * </pre>
     */
    public void getEngagementProfile(kith.engagement.v1.Engagement.GetEngagementProfileRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.GetEngagementProfileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEngagementProfileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Messages sent to the caller (admins: to anyone, or to `user_id`),
     * newest first.
     * </pre>
     */
    public void listMessageLogs(kith.engagement.v1.Engagement.ListMessageLogsRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.ListMessageLogsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMessageLogsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records that a message reached the device or was opened: by the user it
     * was sent to, or by an admin (a delivery receipt). A status never moves
     * back: clicked implies delivered.
     * </pre>
     */
    public void updateMessageStatus(kith.engagement.v1.Engagement.UpdateMessageStatusRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.UpdateMessageStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateMessageStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Admins: sent, delivered and clicked counts and rates by segment and
     * template over a period.
     * </pre>
     */
    public void getEngagementMetrics(kith.engagement.v1.Engagement.GetEngagementMetricsRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.GetEngagementMetricsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEngagementMetricsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Re-engagement: every hour the server finds dormant users, skips those
   * messaged within the frequency cap or in their quiet hours, and sends the
   * rest one message (AI-written or from their segment's template) through
   * notifications, logging it with its status history.
   * </pre>
   */
  public static final class EngagementServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<EngagementServiceBlockingStub> {
    private EngagementServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EngagementServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EngagementServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Admins: runs re-engagement now. With `dry_run` nothing is written, no
     * AI is asked, and the response lists every decision.
     * </pre>
     */
    public kith.engagement.v1.Engagement.RunEngagementResponse runEngagement(kith.engagement.v1.Engagement.RunEngagementRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRunEngagementMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's profile (admins: any user's), recomputed first when asked.
     * </pre>
     */
    public kith.engagement.v1.Engagement.GetEngagementProfileResponse getEngagementProfile(kith.engagement.v1.Engagement.GetEngagementProfileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEngagementProfileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Messages sent to the caller (admins: to anyone, or to `user_id`),
     * newest first.
     * </pre>
     */
    public kith.engagement.v1.Engagement.ListMessageLogsResponse listMessageLogs(kith.engagement.v1.Engagement.ListMessageLogsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMessageLogsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records that a message reached the device or was opened: by the user it
     * was sent to, or by an admin (a delivery receipt). A status never moves
     * back: clicked implies delivered.
     * </pre>
     */
    public kith.engagement.v1.Engagement.UpdateMessageStatusResponse updateMessageStatus(kith.engagement.v1.Engagement.UpdateMessageStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateMessageStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Admins: sent, delivered and clicked counts and rates by segment and
     * template over a period.
     * </pre>
     */
    public kith.engagement.v1.Engagement.GetEngagementMetricsResponse getEngagementMetrics(kith.engagement.v1.Engagement.GetEngagementMetricsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEngagementMetricsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Re-engagement: every hour the server finds dormant users, skips those
   * messaged within the frequency cap or in their quiet hours, and sends the
   * rest one message (AI-written or from their segment's template) through
   * notifications, logging it with its status history.
   * </pre>
   */
  public static final class EngagementServiceFutureStub extends io.grpc.stub.AbstractFutureStub<EngagementServiceFutureStub> {
    private EngagementServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EngagementServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EngagementServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Admins: runs re-engagement now. With `dry_run` nothing is written, no
     * AI is asked, and the response lists every decision.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.RunEngagementResponse> runEngagement(
        kith.engagement.v1.Engagement.RunEngagementRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRunEngagementMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The caller's profile (admins: any user's), recomputed first when asked.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.GetEngagementProfileResponse> getEngagementProfile(
        kith.engagement.v1.Engagement.GetEngagementProfileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEngagementProfileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Messages sent to the caller (admins: to anyone, or to `user_id`),
     * newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.ListMessageLogsResponse> listMessageLogs(
        kith.engagement.v1.Engagement.ListMessageLogsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMessageLogsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records that a message reached the device or was opened: by the user it
     * was sent to, or by an admin (a delivery receipt). A status never moves
     * back: clicked implies delivered.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.UpdateMessageStatusResponse> updateMessageStatus(
        kith.engagement.v1.Engagement.UpdateMessageStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateMessageStatusMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Admins: sent, delivered and clicked counts and rates by segment and
     * template over a period.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.GetEngagementMetricsResponse> getEngagementMetrics(
        kith.engagement.v1.Engagement.GetEngagementMetricsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEngagementMetricsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_RUN_ENGAGEMENT = 0;
  private static final int METHODID_GET_ENGAGEMENT_PROFILE = 1;
  private static final int METHODID_LIST_MESSAGE_LOGS = 2;
  private static final int METHODID_UPDATE_MESSAGE_STATUS = 3;
  private static final int METHODID_GET_ENGAGEMENT_METRICS = 4;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final EngagementServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(EngagementServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_RUN_ENGAGEMENT:
          serviceImpl.runEngagement((kith.engagement.v1.Engagement.RunEngagementRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RunEngagementResponse>) responseObserver);
          break;
        case METHODID_GET_ENGAGEMENT_PROFILE:
          serviceImpl.getEngagementProfile((kith.engagement.v1.Engagement.GetEngagementProfileRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.GetEngagementProfileResponse>) responseObserver);
          break;
        case METHODID_LIST_MESSAGE_LOGS:
          serviceImpl.listMessageLogs((kith.engagement.v1.Engagement.ListMessageLogsRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.ListMessageLogsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MESSAGE_STATUS:
          serviceImpl.updateMessageStatus((kith.engagement.v1.Engagement.UpdateMessageStatusRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.UpdateMessageStatusResponse>) responseObserver);
          break;
        case METHODID_GET_ENGAGEMENT_METRICS:
          serviceImpl.getEngagementMetrics((kith.engagement.v1.Engagement.GetEngagementMetricsRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.GetEngagementMetricsResponse>) responseObserver);
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

  private static abstract class EngagementServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EngagementServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.engagement.v1.Engagement.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EngagementService");
    }
  }

  private static final class EngagementServiceFileDescriptorSupplier
      extends EngagementServiceBaseDescriptorSupplier {
    EngagementServiceFileDescriptorSupplier() {}
  }

  private static final class EngagementServiceMethodDescriptorSupplier
      extends EngagementServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    EngagementServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (EngagementServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EngagementServiceFileDescriptorSupplier())
              .addMethod(getRunEngagementMethod())
              .addMethod(getGetEngagementProfileMethod())
              .addMethod(getListMessageLogsMethod())
              .addMethod(getUpdateMessageStatusMethod())
              .addMethod(getGetEngagementMetricsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
