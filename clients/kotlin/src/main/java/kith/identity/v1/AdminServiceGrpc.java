package kith.identity.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Operators only (role ADMIN).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/identity/v1/identity.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AdminServiceGrpc {

  private AdminServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.identity.v1.AdminService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.ListUsersRequest,
      kith.identity.v1.Identity.ListUsersResponse> getListUsersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListUsers",
      requestType = kith.identity.v1.Identity.ListUsersRequest.class,
      responseType = kith.identity.v1.Identity.ListUsersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.ListUsersRequest,
      kith.identity.v1.Identity.ListUsersResponse> getListUsersMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.ListUsersRequest, kith.identity.v1.Identity.ListUsersResponse> getListUsersMethod;
    if ((getListUsersMethod = AdminServiceGrpc.getListUsersMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListUsersMethod = AdminServiceGrpc.getListUsersMethod) == null) {
          AdminServiceGrpc.getListUsersMethod = getListUsersMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.ListUsersRequest, kith.identity.v1.Identity.ListUsersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListUsers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ListUsersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ListUsersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListUsers"))
              .build();
        }
      }
    }
    return getListUsersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.SetUserRoleRequest,
      kith.identity.v1.Identity.SetUserRoleResponse> getSetUserRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetUserRole",
      requestType = kith.identity.v1.Identity.SetUserRoleRequest.class,
      responseType = kith.identity.v1.Identity.SetUserRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.SetUserRoleRequest,
      kith.identity.v1.Identity.SetUserRoleResponse> getSetUserRoleMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.SetUserRoleRequest, kith.identity.v1.Identity.SetUserRoleResponse> getSetUserRoleMethod;
    if ((getSetUserRoleMethod = AdminServiceGrpc.getSetUserRoleMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getSetUserRoleMethod = AdminServiceGrpc.getSetUserRoleMethod) == null) {
          AdminServiceGrpc.getSetUserRoleMethod = getSetUserRoleMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.SetUserRoleRequest, kith.identity.v1.Identity.SetUserRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetUserRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.SetUserRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.SetUserRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("SetUserRole"))
              .build();
        }
      }
    }
    return getSetUserRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.SetUserActiveRequest,
      kith.identity.v1.Identity.SetUserActiveResponse> getSetUserActiveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetUserActive",
      requestType = kith.identity.v1.Identity.SetUserActiveRequest.class,
      responseType = kith.identity.v1.Identity.SetUserActiveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.SetUserActiveRequest,
      kith.identity.v1.Identity.SetUserActiveResponse> getSetUserActiveMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.SetUserActiveRequest, kith.identity.v1.Identity.SetUserActiveResponse> getSetUserActiveMethod;
    if ((getSetUserActiveMethod = AdminServiceGrpc.getSetUserActiveMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getSetUserActiveMethod = AdminServiceGrpc.getSetUserActiveMethod) == null) {
          AdminServiceGrpc.getSetUserActiveMethod = getSetUserActiveMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.SetUserActiveRequest, kith.identity.v1.Identity.SetUserActiveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetUserActive"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.SetUserActiveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.SetUserActiveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("SetUserActive"))
              .build();
        }
      }
    }
    return getSetUserActiveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.ListAuditEventsRequest,
      kith.identity.v1.Identity.ListAuditEventsResponse> getListAuditEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAuditEvents",
      requestType = kith.identity.v1.Identity.ListAuditEventsRequest.class,
      responseType = kith.identity.v1.Identity.ListAuditEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.ListAuditEventsRequest,
      kith.identity.v1.Identity.ListAuditEventsResponse> getListAuditEventsMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.ListAuditEventsRequest, kith.identity.v1.Identity.ListAuditEventsResponse> getListAuditEventsMethod;
    if ((getListAuditEventsMethod = AdminServiceGrpc.getListAuditEventsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListAuditEventsMethod = AdminServiceGrpc.getListAuditEventsMethod) == null) {
          AdminServiceGrpc.getListAuditEventsMethod = getListAuditEventsMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.ListAuditEventsRequest, kith.identity.v1.Identity.ListAuditEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAuditEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ListAuditEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ListAuditEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListAuditEvents"))
              .build();
        }
      }
    }
    return getListAuditEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.VerifyAuditChainRequest,
      kith.identity.v1.Identity.VerifyAuditChainResponse> getVerifyAuditChainMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyAuditChain",
      requestType = kith.identity.v1.Identity.VerifyAuditChainRequest.class,
      responseType = kith.identity.v1.Identity.VerifyAuditChainResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.VerifyAuditChainRequest,
      kith.identity.v1.Identity.VerifyAuditChainResponse> getVerifyAuditChainMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.VerifyAuditChainRequest, kith.identity.v1.Identity.VerifyAuditChainResponse> getVerifyAuditChainMethod;
    if ((getVerifyAuditChainMethod = AdminServiceGrpc.getVerifyAuditChainMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getVerifyAuditChainMethod = AdminServiceGrpc.getVerifyAuditChainMethod) == null) {
          AdminServiceGrpc.getVerifyAuditChainMethod = getVerifyAuditChainMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.VerifyAuditChainRequest, kith.identity.v1.Identity.VerifyAuditChainResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyAuditChain"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.VerifyAuditChainRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.VerifyAuditChainResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("VerifyAuditChain"))
              .build();
        }
      }
    }
    return getVerifyAuditChainMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.DeleteUserRequest,
      kith.identity.v1.Identity.DeleteUserResponse> getDeleteUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteUser",
      requestType = kith.identity.v1.Identity.DeleteUserRequest.class,
      responseType = kith.identity.v1.Identity.DeleteUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.DeleteUserRequest,
      kith.identity.v1.Identity.DeleteUserResponse> getDeleteUserMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.DeleteUserRequest, kith.identity.v1.Identity.DeleteUserResponse> getDeleteUserMethod;
    if ((getDeleteUserMethod = AdminServiceGrpc.getDeleteUserMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getDeleteUserMethod = AdminServiceGrpc.getDeleteUserMethod) == null) {
          AdminServiceGrpc.getDeleteUserMethod = getDeleteUserMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.DeleteUserRequest, kith.identity.v1.Identity.DeleteUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.DeleteUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.DeleteUserResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("DeleteUser"))
              .build();
        }
      }
    }
    return getDeleteUserMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AdminServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub>() {
        @java.lang.Override
        public AdminServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceStub(channel, callOptions);
        }
      };
    return AdminServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AdminServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub>() {
        @java.lang.Override
        public AdminServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceBlockingStub(channel, callOptions);
        }
      };
    return AdminServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AdminServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub>() {
        @java.lang.Override
        public AdminServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceFutureStub(channel, callOptions);
        }
      };
    return AdminServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Operators only (role ADMIN).
   * </pre>
   */
  public static abstract class AdminServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void listUsers(kith.identity.v1.Identity.ListUsersRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ListUsersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListUsersMethod(), responseObserver);
    }

    /**
     */
    public void setUserRole(kith.identity.v1.Identity.SetUserRoleRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SetUserRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetUserRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * A deactivated user's tokens stop working at once, and their open streams
     * end with UNAUTHENTICATED within the session recheck interval. An
     * account closed for deletion cannot be activated (FAILED_PRECONDITION,
     * ACCOUNT_CLOSED).
     * </pre>
     */
    public void setUserActive(kith.identity.v1.Identity.SetUserActiveRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SetUserActiveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetUserActiveMethod(), responseObserver);
    }

    /**
     */
    public void listAuditEvents(kith.identity.v1.Identity.ListAuditEventsRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ListAuditEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAuditEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Recomputes the audit hash chain from the first event and reports the
     * first event whose hash or link does not match.
     * </pre>
     */
    public void verifyAuditChain(kith.identity.v1.Identity.VerifyAuditChainRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.VerifyAuditChainResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyAuditChainMethod(), responseObserver);
    }

    /**
     * <pre>
     * Closes a user's account for support, like their own DeleteMe; the user
     * cannot cancel it. Calling it again changes nothing.
     * </pre>
     */
    public void deleteUser(kith.identity.v1.Identity.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteUserMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListUsersMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.ListUsersRequest,
                kith.identity.v1.Identity.ListUsersResponse>(
                  this, METHODID_LIST_USERS)))
          .addMethod(
            getSetUserRoleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.SetUserRoleRequest,
                kith.identity.v1.Identity.SetUserRoleResponse>(
                  this, METHODID_SET_USER_ROLE)))
          .addMethod(
            getSetUserActiveMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.SetUserActiveRequest,
                kith.identity.v1.Identity.SetUserActiveResponse>(
                  this, METHODID_SET_USER_ACTIVE)))
          .addMethod(
            getListAuditEventsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.ListAuditEventsRequest,
                kith.identity.v1.Identity.ListAuditEventsResponse>(
                  this, METHODID_LIST_AUDIT_EVENTS)))
          .addMethod(
            getVerifyAuditChainMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.VerifyAuditChainRequest,
                kith.identity.v1.Identity.VerifyAuditChainResponse>(
                  this, METHODID_VERIFY_AUDIT_CHAIN)))
          .addMethod(
            getDeleteUserMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.DeleteUserRequest,
                kith.identity.v1.Identity.DeleteUserResponse>(
                  this, METHODID_DELETE_USER)))
          .build();
    }
  }

  /**
   * <pre>
   * Operators only (role ADMIN).
   * </pre>
   */
  public static final class AdminServiceStub extends io.grpc.stub.AbstractAsyncStub<AdminServiceStub> {
    private AdminServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceStub(channel, callOptions);
    }

    /**
     */
    public void listUsers(kith.identity.v1.Identity.ListUsersRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ListUsersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListUsersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void setUserRole(kith.identity.v1.Identity.SetUserRoleRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SetUserRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetUserRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A deactivated user's tokens stop working at once, and their open streams
     * end with UNAUTHENTICATED within the session recheck interval. An
     * account closed for deletion cannot be activated (FAILED_PRECONDITION,
     * ACCOUNT_CLOSED).
     * </pre>
     */
    public void setUserActive(kith.identity.v1.Identity.SetUserActiveRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SetUserActiveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetUserActiveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listAuditEvents(kith.identity.v1.Identity.ListAuditEventsRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ListAuditEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAuditEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Recomputes the audit hash chain from the first event and reports the
     * first event whose hash or link does not match.
     * </pre>
     */
    public void verifyAuditChain(kith.identity.v1.Identity.VerifyAuditChainRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.VerifyAuditChainResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyAuditChainMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Closes a user's account for support, like their own DeleteMe; the user
     * cannot cancel it. Calling it again changes nothing.
     * </pre>
     */
    public void deleteUser(kith.identity.v1.Identity.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Operators only (role ADMIN).
   * </pre>
   */
  public static final class AdminServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AdminServiceBlockingStub> {
    private AdminServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.identity.v1.Identity.ListUsersResponse listUsers(kith.identity.v1.Identity.ListUsersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListUsersMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.identity.v1.Identity.SetUserRoleResponse setUserRole(kith.identity.v1.Identity.SetUserRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetUserRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A deactivated user's tokens stop working at once, and their open streams
     * end with UNAUTHENTICATED within the session recheck interval. An
     * account closed for deletion cannot be activated (FAILED_PRECONDITION,
     * ACCOUNT_CLOSED).
     * </pre>
     */
    public kith.identity.v1.Identity.SetUserActiveResponse setUserActive(kith.identity.v1.Identity.SetUserActiveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetUserActiveMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.identity.v1.Identity.ListAuditEventsResponse listAuditEvents(kith.identity.v1.Identity.ListAuditEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAuditEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Recomputes the audit hash chain from the first event and reports the
     * first event whose hash or link does not match.
     * </pre>
     */
    public kith.identity.v1.Identity.VerifyAuditChainResponse verifyAuditChain(kith.identity.v1.Identity.VerifyAuditChainRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyAuditChainMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Closes a user's account for support, like their own DeleteMe; the user
     * cannot cancel it. Calling it again changes nothing.
     * </pre>
     */
    public kith.identity.v1.Identity.DeleteUserResponse deleteUser(kith.identity.v1.Identity.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteUserMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Operators only (role ADMIN).
   * </pre>
   */
  public static final class AdminServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AdminServiceFutureStub> {
    private AdminServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.ListUsersResponse> listUsers(
        kith.identity.v1.Identity.ListUsersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListUsersMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.SetUserRoleResponse> setUserRole(
        kith.identity.v1.Identity.SetUserRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetUserRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A deactivated user's tokens stop working at once, and their open streams
     * end with UNAUTHENTICATED within the session recheck interval. An
     * account closed for deletion cannot be activated (FAILED_PRECONDITION,
     * ACCOUNT_CLOSED).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.SetUserActiveResponse> setUserActive(
        kith.identity.v1.Identity.SetUserActiveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetUserActiveMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.ListAuditEventsResponse> listAuditEvents(
        kith.identity.v1.Identity.ListAuditEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAuditEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Recomputes the audit hash chain from the first event and reports the
     * first event whose hash or link does not match.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.VerifyAuditChainResponse> verifyAuditChain(
        kith.identity.v1.Identity.VerifyAuditChainRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyAuditChainMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Closes a user's account for support, like their own DeleteMe; the user
     * cannot cancel it. Calling it again changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.DeleteUserResponse> deleteUser(
        kith.identity.v1.Identity.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_USERS = 0;
  private static final int METHODID_SET_USER_ROLE = 1;
  private static final int METHODID_SET_USER_ACTIVE = 2;
  private static final int METHODID_LIST_AUDIT_EVENTS = 3;
  private static final int METHODID_VERIFY_AUDIT_CHAIN = 4;
  private static final int METHODID_DELETE_USER = 5;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AdminServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AdminServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_USERS:
          serviceImpl.listUsers((kith.identity.v1.Identity.ListUsersRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ListUsersResponse>) responseObserver);
          break;
        case METHODID_SET_USER_ROLE:
          serviceImpl.setUserRole((kith.identity.v1.Identity.SetUserRoleRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SetUserRoleResponse>) responseObserver);
          break;
        case METHODID_SET_USER_ACTIVE:
          serviceImpl.setUserActive((kith.identity.v1.Identity.SetUserActiveRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SetUserActiveResponse>) responseObserver);
          break;
        case METHODID_LIST_AUDIT_EVENTS:
          serviceImpl.listAuditEvents((kith.identity.v1.Identity.ListAuditEventsRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ListAuditEventsResponse>) responseObserver);
          break;
        case METHODID_VERIFY_AUDIT_CHAIN:
          serviceImpl.verifyAuditChain((kith.identity.v1.Identity.VerifyAuditChainRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.VerifyAuditChainResponse>) responseObserver);
          break;
        case METHODID_DELETE_USER:
          serviceImpl.deleteUser((kith.identity.v1.Identity.DeleteUserRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.DeleteUserResponse>) responseObserver);
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

  private static abstract class AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AdminServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.identity.v1.Identity.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AdminService");
    }
  }

  private static final class AdminServiceFileDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier {
    AdminServiceFileDescriptorSupplier() {}
  }

  private static final class AdminServiceMethodDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AdminServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AdminServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AdminServiceFileDescriptorSupplier())
              .addMethod(getListUsersMethod())
              .addMethod(getSetUserRoleMethod())
              .addMethod(getSetUserActiveMethod())
              .addMethod(getListAuditEventsMethod())
              .addMethod(getVerifyAuditChainMethod())
              .addMethod(getDeleteUserMethod())
              .build();
        }
      }
    }
    return result;
  }
}
