package kith.identity.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The signed-in user's own account.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/identity/v1/identity.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class UserServiceGrpc {

  private UserServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.identity.v1.UserService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.GetMeRequest,
      kith.identity.v1.Identity.GetMeResponse> getGetMeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMe",
      requestType = kith.identity.v1.Identity.GetMeRequest.class,
      responseType = kith.identity.v1.Identity.GetMeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.GetMeRequest,
      kith.identity.v1.Identity.GetMeResponse> getGetMeMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.GetMeRequest, kith.identity.v1.Identity.GetMeResponse> getGetMeMethod;
    if ((getGetMeMethod = UserServiceGrpc.getGetMeMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getGetMeMethod = UserServiceGrpc.getGetMeMethod) == null) {
          UserServiceGrpc.getGetMeMethod = getGetMeMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.GetMeRequest, kith.identity.v1.Identity.GetMeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.GetMeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.GetMeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("GetMe"))
              .build();
        }
      }
    }
    return getGetMeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.UpdateMeRequest,
      kith.identity.v1.Identity.UpdateMeResponse> getUpdateMeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMe",
      requestType = kith.identity.v1.Identity.UpdateMeRequest.class,
      responseType = kith.identity.v1.Identity.UpdateMeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.UpdateMeRequest,
      kith.identity.v1.Identity.UpdateMeResponse> getUpdateMeMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.UpdateMeRequest, kith.identity.v1.Identity.UpdateMeResponse> getUpdateMeMethod;
    if ((getUpdateMeMethod = UserServiceGrpc.getUpdateMeMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getUpdateMeMethod = UserServiceGrpc.getUpdateMeMethod) == null) {
          UserServiceGrpc.getUpdateMeMethod = getUpdateMeMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.UpdateMeRequest, kith.identity.v1.Identity.UpdateMeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.UpdateMeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.UpdateMeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("UpdateMe"))
              .build();
        }
      }
    }
    return getUpdateMeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.LinkGoogleRequest,
      kith.identity.v1.Identity.LinkGoogleResponse> getLinkGoogleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LinkGoogle",
      requestType = kith.identity.v1.Identity.LinkGoogleRequest.class,
      responseType = kith.identity.v1.Identity.LinkGoogleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.LinkGoogleRequest,
      kith.identity.v1.Identity.LinkGoogleResponse> getLinkGoogleMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.LinkGoogleRequest, kith.identity.v1.Identity.LinkGoogleResponse> getLinkGoogleMethod;
    if ((getLinkGoogleMethod = UserServiceGrpc.getLinkGoogleMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getLinkGoogleMethod = UserServiceGrpc.getLinkGoogleMethod) == null) {
          UserServiceGrpc.getLinkGoogleMethod = getLinkGoogleMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.LinkGoogleRequest, kith.identity.v1.Identity.LinkGoogleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LinkGoogle"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.LinkGoogleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.LinkGoogleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("LinkGoogle"))
              .build();
        }
      }
    }
    return getLinkGoogleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.ExportMeRequest,
      kith.identity.v1.Identity.ExportMeResponse> getExportMeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExportMe",
      requestType = kith.identity.v1.Identity.ExportMeRequest.class,
      responseType = kith.identity.v1.Identity.ExportMeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.ExportMeRequest,
      kith.identity.v1.Identity.ExportMeResponse> getExportMeMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.ExportMeRequest, kith.identity.v1.Identity.ExportMeResponse> getExportMeMethod;
    if ((getExportMeMethod = UserServiceGrpc.getExportMeMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getExportMeMethod = UserServiceGrpc.getExportMeMethod) == null) {
          UserServiceGrpc.getExportMeMethod = getExportMeMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.ExportMeRequest, kith.identity.v1.Identity.ExportMeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExportMe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ExportMeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ExportMeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("ExportMe"))
              .build();
        }
      }
    }
    return getExportMeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.DeleteMeRequest,
      kith.identity.v1.Identity.DeleteMeResponse> getDeleteMeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMe",
      requestType = kith.identity.v1.Identity.DeleteMeRequest.class,
      responseType = kith.identity.v1.Identity.DeleteMeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.DeleteMeRequest,
      kith.identity.v1.Identity.DeleteMeResponse> getDeleteMeMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.DeleteMeRequest, kith.identity.v1.Identity.DeleteMeResponse> getDeleteMeMethod;
    if ((getDeleteMeMethod = UserServiceGrpc.getDeleteMeMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getDeleteMeMethod = UserServiceGrpc.getDeleteMeMethod) == null) {
          UserServiceGrpc.getDeleteMeMethod = getDeleteMeMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.DeleteMeRequest, kith.identity.v1.Identity.DeleteMeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.DeleteMeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.DeleteMeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("DeleteMe"))
              .build();
        }
      }
    }
    return getDeleteMeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.CancelDeletionRequest,
      kith.identity.v1.Identity.CancelDeletionResponse> getCancelDeletionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelDeletion",
      requestType = kith.identity.v1.Identity.CancelDeletionRequest.class,
      responseType = kith.identity.v1.Identity.CancelDeletionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.CancelDeletionRequest,
      kith.identity.v1.Identity.CancelDeletionResponse> getCancelDeletionMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.CancelDeletionRequest, kith.identity.v1.Identity.CancelDeletionResponse> getCancelDeletionMethod;
    if ((getCancelDeletionMethod = UserServiceGrpc.getCancelDeletionMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getCancelDeletionMethod = UserServiceGrpc.getCancelDeletionMethod) == null) {
          UserServiceGrpc.getCancelDeletionMethod = getCancelDeletionMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.CancelDeletionRequest, kith.identity.v1.Identity.CancelDeletionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelDeletion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.CancelDeletionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.CancelDeletionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UserServiceMethodDescriptorSupplier("CancelDeletion"))
              .build();
        }
      }
    }
    return getCancelDeletionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UserServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceStub>() {
        @java.lang.Override
        public UserServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceStub(channel, callOptions);
        }
      };
    return UserServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UserServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub>() {
        @java.lang.Override
        public UserServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceBlockingStub(channel, callOptions);
        }
      };
    return UserServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UserServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub>() {
        @java.lang.Override
        public UserServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceFutureStub(channel, callOptions);
        }
      };
    return UserServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The signed-in user's own account.
   * </pre>
   */
  public static abstract class UserServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void getMe(kith.identity.v1.Identity.GetMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.GetMeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths: display_name, timezone, locale, conversation_preferences (or its
     * fields preferred_moods, frequency, quiet_hours).
     * </pre>
     */
    public void updateMe(kith.identity.v1.Identity.UpdateMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.UpdateMeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateMeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Links the Google identity of an ID token to the caller's account, so it
     * can sign in with Google. A Google identity already linked to another
     * account is refused (ALREADY_EXISTS, GOOGLE_IDENTITY_TAKEN), as is a
     * second, different identity (FAILED_PRECONDITION, GOOGLE_ALREADY_LINKED).
     * </pre>
     */
    public void linkGoogle(kith.identity.v1.Identity.LinkGoogleRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LinkGoogleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLinkGoogleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Every piece of the caller's data, as a zip archive sent in chunks
     * (concatenate them in order): one JSON-lines file per resource type and
     * a manifest.json with the count of each. Works over gRPC-Web. Limited per
     * user per clock hour (RESOURCE_EXHAUSTED, reason RATE_LIMITED).
     * </pre>
     */
    public void exportMe(kith.identity.v1.Identity.ExportMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ExportMeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExportMeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Closes the caller's account at once: every session ends, friends no
     * longer see it, it leaves leaderboards and cannot sign in. After the
     * grace period (7 days unless configured) everything is erased, or
     * anonymised where other users' data depends on it. Needs the current
     * password, or for an account without one a fresh Google ID token of the
     * linked identity. Calling it again changes nothing.
     * </pre>
     */
    public void deleteMe(kith.identity.v1.Identity.DeleteMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.DeleteMeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Within the grace period, reopens an account its owner closed and signs
     * them in. Public (the account has no session left): takes the email and
     * password, or a Google ID token of the linked identity. Wrong
     * credentials are UNAUTHENTICATED like a failed Login; an account with no
     * deletion of its owner's to cancel is FAILED_PRECONDITION
     * (NO_PENDING_DELETION).
     * </pre>
     */
    public void cancelDeletion(kith.identity.v1.Identity.CancelDeletionRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.CancelDeletionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelDeletionMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetMeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.GetMeRequest,
                kith.identity.v1.Identity.GetMeResponse>(
                  this, METHODID_GET_ME)))
          .addMethod(
            getUpdateMeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.UpdateMeRequest,
                kith.identity.v1.Identity.UpdateMeResponse>(
                  this, METHODID_UPDATE_ME)))
          .addMethod(
            getLinkGoogleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.LinkGoogleRequest,
                kith.identity.v1.Identity.LinkGoogleResponse>(
                  this, METHODID_LINK_GOOGLE)))
          .addMethod(
            getExportMeMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.identity.v1.Identity.ExportMeRequest,
                kith.identity.v1.Identity.ExportMeResponse>(
                  this, METHODID_EXPORT_ME)))
          .addMethod(
            getDeleteMeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.DeleteMeRequest,
                kith.identity.v1.Identity.DeleteMeResponse>(
                  this, METHODID_DELETE_ME)))
          .addMethod(
            getCancelDeletionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.CancelDeletionRequest,
                kith.identity.v1.Identity.CancelDeletionResponse>(
                  this, METHODID_CANCEL_DELETION)))
          .build();
    }
  }

  /**
   * <pre>
   * The signed-in user's own account.
   * </pre>
   */
  public static final class UserServiceStub extends io.grpc.stub.AbstractAsyncStub<UserServiceStub> {
    private UserServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceStub(channel, callOptions);
    }

    /**
     */
    public void getMe(kith.identity.v1.Identity.GetMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.GetMeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths: display_name, timezone, locale, conversation_preferences (or its
     * fields preferred_moods, frequency, quiet_hours).
     * </pre>
     */
    public void updateMe(kith.identity.v1.Identity.UpdateMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.UpdateMeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateMeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Links the Google identity of an ID token to the caller's account, so it
     * can sign in with Google. A Google identity already linked to another
     * account is refused (ALREADY_EXISTS, GOOGLE_IDENTITY_TAKEN), as is a
     * second, different identity (FAILED_PRECONDITION, GOOGLE_ALREADY_LINKED).
     * </pre>
     */
    public void linkGoogle(kith.identity.v1.Identity.LinkGoogleRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LinkGoogleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLinkGoogleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Every piece of the caller's data, as a zip archive sent in chunks
     * (concatenate them in order): one JSON-lines file per resource type and
     * a manifest.json with the count of each. Works over gRPC-Web. Limited per
     * user per clock hour (RESOURCE_EXHAUSTED, reason RATE_LIMITED).
     * </pre>
     */
    public void exportMe(kith.identity.v1.Identity.ExportMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ExportMeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getExportMeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Closes the caller's account at once: every session ends, friends no
     * longer see it, it leaves leaderboards and cannot sign in. After the
     * grace period (7 days unless configured) everything is erased, or
     * anonymised where other users' data depends on it. Needs the current
     * password, or for an account without one a fresh Google ID token of the
     * linked identity. Calling it again changes nothing.
     * </pre>
     */
    public void deleteMe(kith.identity.v1.Identity.DeleteMeRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.DeleteMeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Within the grace period, reopens an account its owner closed and signs
     * them in. Public (the account has no session left): takes the email and
     * password, or a Google ID token of the linked identity. Wrong
     * credentials are UNAUTHENTICATED like a failed Login; an account with no
     * deletion of its owner's to cancel is FAILED_PRECONDITION
     * (NO_PENDING_DELETION).
     * </pre>
     */
    public void cancelDeletion(kith.identity.v1.Identity.CancelDeletionRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.CancelDeletionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelDeletionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The signed-in user's own account.
   * </pre>
   */
  public static final class UserServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<UserServiceBlockingStub> {
    private UserServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.identity.v1.Identity.GetMeResponse getMe(kith.identity.v1.Identity.GetMeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths: display_name, timezone, locale, conversation_preferences (or its
     * fields preferred_moods, frequency, quiet_hours).
     * </pre>
     */
    public kith.identity.v1.Identity.UpdateMeResponse updateMe(kith.identity.v1.Identity.UpdateMeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateMeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Links the Google identity of an ID token to the caller's account, so it
     * can sign in with Google. A Google identity already linked to another
     * account is refused (ALREADY_EXISTS, GOOGLE_IDENTITY_TAKEN), as is a
     * second, different identity (FAILED_PRECONDITION, GOOGLE_ALREADY_LINKED).
     * </pre>
     */
    public kith.identity.v1.Identity.LinkGoogleResponse linkGoogle(kith.identity.v1.Identity.LinkGoogleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLinkGoogleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every piece of the caller's data, as a zip archive sent in chunks
     * (concatenate them in order): one JSON-lines file per resource type and
     * a manifest.json with the count of each. Works over gRPC-Web. Limited per
     * user per clock hour (RESOURCE_EXHAUSTED, reason RATE_LIMITED).
     * </pre>
     */
    public java.util.Iterator<kith.identity.v1.Identity.ExportMeResponse> exportMe(
        kith.identity.v1.Identity.ExportMeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getExportMeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Closes the caller's account at once: every session ends, friends no
     * longer see it, it leaves leaderboards and cannot sign in. After the
     * grace period (7 days unless configured) everything is erased, or
     * anonymised where other users' data depends on it. Needs the current
     * password, or for an account without one a fresh Google ID token of the
     * linked identity. Calling it again changes nothing.
     * </pre>
     */
    public kith.identity.v1.Identity.DeleteMeResponse deleteMe(kith.identity.v1.Identity.DeleteMeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Within the grace period, reopens an account its owner closed and signs
     * them in. Public (the account has no session left): takes the email and
     * password, or a Google ID token of the linked identity. Wrong
     * credentials are UNAUTHENTICATED like a failed Login; an account with no
     * deletion of its owner's to cancel is FAILED_PRECONDITION
     * (NO_PENDING_DELETION).
     * </pre>
     */
    public kith.identity.v1.Identity.CancelDeletionResponse cancelDeletion(kith.identity.v1.Identity.CancelDeletionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelDeletionMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The signed-in user's own account.
   * </pre>
   */
  public static final class UserServiceFutureStub extends io.grpc.stub.AbstractFutureStub<UserServiceFutureStub> {
    private UserServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.GetMeResponse> getMe(
        kith.identity.v1.Identity.GetMeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths: display_name, timezone, locale, conversation_preferences (or its
     * fields preferred_moods, frequency, quiet_hours).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.UpdateMeResponse> updateMe(
        kith.identity.v1.Identity.UpdateMeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateMeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Links the Google identity of an ID token to the caller's account, so it
     * can sign in with Google. A Google identity already linked to another
     * account is refused (ALREADY_EXISTS, GOOGLE_IDENTITY_TAKEN), as is a
     * second, different identity (FAILED_PRECONDITION, GOOGLE_ALREADY_LINKED).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.LinkGoogleResponse> linkGoogle(
        kith.identity.v1.Identity.LinkGoogleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLinkGoogleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Closes the caller's account at once: every session ends, friends no
     * longer see it, it leaves leaderboards and cannot sign in. After the
     * grace period (7 days unless configured) everything is erased, or
     * anonymised where other users' data depends on it. Needs the current
     * password, or for an account without one a fresh Google ID token of the
     * linked identity. Calling it again changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.DeleteMeResponse> deleteMe(
        kith.identity.v1.Identity.DeleteMeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Within the grace period, reopens an account its owner closed and signs
     * them in. Public (the account has no session left): takes the email and
     * password, or a Google ID token of the linked identity. Wrong
     * credentials are UNAUTHENTICATED like a failed Login; an account with no
     * deletion of its owner's to cancel is FAILED_PRECONDITION
     * (NO_PENDING_DELETION).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.CancelDeletionResponse> cancelDeletion(
        kith.identity.v1.Identity.CancelDeletionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelDeletionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_ME = 0;
  private static final int METHODID_UPDATE_ME = 1;
  private static final int METHODID_LINK_GOOGLE = 2;
  private static final int METHODID_EXPORT_ME = 3;
  private static final int METHODID_DELETE_ME = 4;
  private static final int METHODID_CANCEL_DELETION = 5;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final UserServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(UserServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_ME:
          serviceImpl.getMe((kith.identity.v1.Identity.GetMeRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.GetMeResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ME:
          serviceImpl.updateMe((kith.identity.v1.Identity.UpdateMeRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.UpdateMeResponse>) responseObserver);
          break;
        case METHODID_LINK_GOOGLE:
          serviceImpl.linkGoogle((kith.identity.v1.Identity.LinkGoogleRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LinkGoogleResponse>) responseObserver);
          break;
        case METHODID_EXPORT_ME:
          serviceImpl.exportMe((kith.identity.v1.Identity.ExportMeRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ExportMeResponse>) responseObserver);
          break;
        case METHODID_DELETE_ME:
          serviceImpl.deleteMe((kith.identity.v1.Identity.DeleteMeRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.DeleteMeResponse>) responseObserver);
          break;
        case METHODID_CANCEL_DELETION:
          serviceImpl.cancelDeletion((kith.identity.v1.Identity.CancelDeletionRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.CancelDeletionResponse>) responseObserver);
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

  private static abstract class UserServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    UserServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.identity.v1.Identity.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("UserService");
    }
  }

  private static final class UserServiceFileDescriptorSupplier
      extends UserServiceBaseDescriptorSupplier {
    UserServiceFileDescriptorSupplier() {}
  }

  private static final class UserServiceMethodDescriptorSupplier
      extends UserServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    UserServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (UserServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new UserServiceFileDescriptorSupplier())
              .addMethod(getGetMeMethod())
              .addMethod(getUpdateMeMethod())
              .addMethod(getLinkGoogleMethod())
              .addMethod(getExportMeMethod())
              .addMethod(getDeleteMeMethod())
              .addMethod(getCancelDeletionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
