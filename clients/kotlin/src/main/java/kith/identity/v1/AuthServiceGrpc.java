package kith.identity.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Accounts and sessions. Register, Login, Refresh and SignInWithGoogle are
 * public; every other method needs `authorization: Bearer &lt;access_token&gt;`.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/identity/v1/identity.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AuthServiceGrpc {

  private AuthServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.identity.v1.AuthService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.RegisterRequest,
      kith.identity.v1.Identity.RegisterResponse> getRegisterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Register",
      requestType = kith.identity.v1.Identity.RegisterRequest.class,
      responseType = kith.identity.v1.Identity.RegisterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.RegisterRequest,
      kith.identity.v1.Identity.RegisterResponse> getRegisterMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.RegisterRequest, kith.identity.v1.Identity.RegisterResponse> getRegisterMethod;
    if ((getRegisterMethod = AuthServiceGrpc.getRegisterMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRegisterMethod = AuthServiceGrpc.getRegisterMethod) == null) {
          AuthServiceGrpc.getRegisterMethod = getRegisterMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.RegisterRequest, kith.identity.v1.Identity.RegisterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Register"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.RegisterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.RegisterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("Register"))
              .build();
        }
      }
    }
    return getRegisterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.LoginRequest,
      kith.identity.v1.Identity.LoginResponse> getLoginMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Login",
      requestType = kith.identity.v1.Identity.LoginRequest.class,
      responseType = kith.identity.v1.Identity.LoginResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.LoginRequest,
      kith.identity.v1.Identity.LoginResponse> getLoginMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.LoginRequest, kith.identity.v1.Identity.LoginResponse> getLoginMethod;
    if ((getLoginMethod = AuthServiceGrpc.getLoginMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getLoginMethod = AuthServiceGrpc.getLoginMethod) == null) {
          AuthServiceGrpc.getLoginMethod = getLoginMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.LoginRequest, kith.identity.v1.Identity.LoginResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Login"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.LoginRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.LoginResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("Login"))
              .build();
        }
      }
    }
    return getLoginMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.RefreshRequest,
      kith.identity.v1.Identity.RefreshResponse> getRefreshMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Refresh",
      requestType = kith.identity.v1.Identity.RefreshRequest.class,
      responseType = kith.identity.v1.Identity.RefreshResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.RefreshRequest,
      kith.identity.v1.Identity.RefreshResponse> getRefreshMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.RefreshRequest, kith.identity.v1.Identity.RefreshResponse> getRefreshMethod;
    if ((getRefreshMethod = AuthServiceGrpc.getRefreshMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRefreshMethod = AuthServiceGrpc.getRefreshMethod) == null) {
          AuthServiceGrpc.getRefreshMethod = getRefreshMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.RefreshRequest, kith.identity.v1.Identity.RefreshResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Refresh"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.RefreshRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.RefreshResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("Refresh"))
              .build();
        }
      }
    }
    return getRefreshMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.LogoutRequest,
      kith.identity.v1.Identity.LogoutResponse> getLogoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Logout",
      requestType = kith.identity.v1.Identity.LogoutRequest.class,
      responseType = kith.identity.v1.Identity.LogoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.LogoutRequest,
      kith.identity.v1.Identity.LogoutResponse> getLogoutMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.LogoutRequest, kith.identity.v1.Identity.LogoutResponse> getLogoutMethod;
    if ((getLogoutMethod = AuthServiceGrpc.getLogoutMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getLogoutMethod = AuthServiceGrpc.getLogoutMethod) == null) {
          AuthServiceGrpc.getLogoutMethod = getLogoutMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.LogoutRequest, kith.identity.v1.Identity.LogoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Logout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.LogoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.LogoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("Logout"))
              .build();
        }
      }
    }
    return getLogoutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.SignInWithGoogleRequest,
      kith.identity.v1.Identity.SignInWithGoogleResponse> getSignInWithGoogleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignInWithGoogle",
      requestType = kith.identity.v1.Identity.SignInWithGoogleRequest.class,
      responseType = kith.identity.v1.Identity.SignInWithGoogleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.SignInWithGoogleRequest,
      kith.identity.v1.Identity.SignInWithGoogleResponse> getSignInWithGoogleMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.SignInWithGoogleRequest, kith.identity.v1.Identity.SignInWithGoogleResponse> getSignInWithGoogleMethod;
    if ((getSignInWithGoogleMethod = AuthServiceGrpc.getSignInWithGoogleMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getSignInWithGoogleMethod = AuthServiceGrpc.getSignInWithGoogleMethod) == null) {
          AuthServiceGrpc.getSignInWithGoogleMethod = getSignInWithGoogleMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.SignInWithGoogleRequest, kith.identity.v1.Identity.SignInWithGoogleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignInWithGoogle"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.SignInWithGoogleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.SignInWithGoogleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("SignInWithGoogle"))
              .build();
        }
      }
    }
    return getSignInWithGoogleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.identity.v1.Identity.ChangePasswordRequest,
      kith.identity.v1.Identity.ChangePasswordResponse> getChangePasswordMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ChangePassword",
      requestType = kith.identity.v1.Identity.ChangePasswordRequest.class,
      responseType = kith.identity.v1.Identity.ChangePasswordResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.identity.v1.Identity.ChangePasswordRequest,
      kith.identity.v1.Identity.ChangePasswordResponse> getChangePasswordMethod() {
    io.grpc.MethodDescriptor<kith.identity.v1.Identity.ChangePasswordRequest, kith.identity.v1.Identity.ChangePasswordResponse> getChangePasswordMethod;
    if ((getChangePasswordMethod = AuthServiceGrpc.getChangePasswordMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getChangePasswordMethod = AuthServiceGrpc.getChangePasswordMethod) == null) {
          AuthServiceGrpc.getChangePasswordMethod = getChangePasswordMethod =
              io.grpc.MethodDescriptor.<kith.identity.v1.Identity.ChangePasswordRequest, kith.identity.v1.Identity.ChangePasswordResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ChangePassword"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ChangePasswordRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.identity.v1.Identity.ChangePasswordResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ChangePassword"))
              .build();
        }
      }
    }
    return getChangePasswordMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AuthServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub>() {
        @java.lang.Override
        public AuthServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceStub(channel, callOptions);
        }
      };
    return AuthServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AuthServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub>() {
        @java.lang.Override
        public AuthServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceBlockingStub(channel, callOptions);
        }
      };
    return AuthServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AuthServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub>() {
        @java.lang.Override
        public AuthServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceFutureStub(channel, callOptions);
        }
      };
    return AuthServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Accounts and sessions. Register, Login, Refresh and SignInWithGoogle are
   * public; every other method needs `authorization: Bearer &lt;access_token&gt;`.
   * </pre>
   */
  public static abstract class AuthServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a member account with a password and signs it in.
     * </pre>
     */
    public void register(kith.identity.v1.Identity.RegisterRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.RegisterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterMethod(), responseObserver);
    }

    /**
     * <pre>
     * Signs in with email and password. Wrong password and unknown email give
     * the same UNAUTHENTICATED answer. Failed attempts are limited per (email,
     * peer) pair, per email (a higher limit) and per peer; past a limit the
     * answer is RESOURCE_EXHAUSTED (reason TOO_MANY_LOGIN_ATTEMPTS).
     * </pre>
     */
    public void login(kith.identity.v1.Identity.LoginRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LoginResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLoginMethod(), responseObserver);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new session. The token is spent: using it
     * again revokes every token of its family.
     * </pre>
     */
    public void refresh(kith.identity.v1.Identity.RefreshRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.RefreshResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRefreshMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes the given refresh token's family, or all of the caller's sessions.
     * With all_sessions, every access token issued so far also stops working.
     * </pre>
     */
    public void logout(kith.identity.v1.Identity.LogoutRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LogoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogoutMethod(), responseObserver);
    }

    /**
     * <pre>
     * Verifies a Google ID token and signs in the user linked to its Google
     * identity, creating one on first sign-in. Tokens whose email Google has
     * not verified are refused (FAILED_PRECONDITION, GOOGLE_EMAIL_UNVERIFIED).
     * An existing account with the same email but no proven address is never
     * linked automatically: the answer is FAILED_PRECONDITION with reason
     * ACCOUNT_EXISTS; sign in with the password and call UserService.LinkGoogle.
     * </pre>
     */
    public void signInWithGoogle(kith.identity.v1.Identity.SignInWithGoogleRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SignInWithGoogleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignInWithGoogleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the caller's password (or sets the first one of a Google-only
     * account), ends every session, including access tokens already issued,
     * and returns a fresh one.
     * </pre>
     */
    public void changePassword(kith.identity.v1.Identity.ChangePasswordRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ChangePasswordResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getChangePasswordMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getRegisterMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.RegisterRequest,
                kith.identity.v1.Identity.RegisterResponse>(
                  this, METHODID_REGISTER)))
          .addMethod(
            getLoginMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.LoginRequest,
                kith.identity.v1.Identity.LoginResponse>(
                  this, METHODID_LOGIN)))
          .addMethod(
            getRefreshMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.RefreshRequest,
                kith.identity.v1.Identity.RefreshResponse>(
                  this, METHODID_REFRESH)))
          .addMethod(
            getLogoutMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.LogoutRequest,
                kith.identity.v1.Identity.LogoutResponse>(
                  this, METHODID_LOGOUT)))
          .addMethod(
            getSignInWithGoogleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.SignInWithGoogleRequest,
                kith.identity.v1.Identity.SignInWithGoogleResponse>(
                  this, METHODID_SIGN_IN_WITH_GOOGLE)))
          .addMethod(
            getChangePasswordMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.identity.v1.Identity.ChangePasswordRequest,
                kith.identity.v1.Identity.ChangePasswordResponse>(
                  this, METHODID_CHANGE_PASSWORD)))
          .build();
    }
  }

  /**
   * <pre>
   * Accounts and sessions. Register, Login, Refresh and SignInWithGoogle are
   * public; every other method needs `authorization: Bearer &lt;access_token&gt;`.
   * </pre>
   */
  public static final class AuthServiceStub extends io.grpc.stub.AbstractAsyncStub<AuthServiceStub> {
    private AuthServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a member account with a password and signs it in.
     * </pre>
     */
    public void register(kith.identity.v1.Identity.RegisterRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.RegisterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Signs in with email and password. Wrong password and unknown email give
     * the same UNAUTHENTICATED answer. Failed attempts are limited per (email,
     * peer) pair, per email (a higher limit) and per peer; past a limit the
     * answer is RESOURCE_EXHAUSTED (reason TOO_MANY_LOGIN_ATTEMPTS).
     * </pre>
     */
    public void login(kith.identity.v1.Identity.LoginRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LoginResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLoginMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new session. The token is spent: using it
     * again revokes every token of its family.
     * </pre>
     */
    public void refresh(kith.identity.v1.Identity.RefreshRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.RefreshResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRefreshMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes the given refresh token's family, or all of the caller's sessions.
     * With all_sessions, every access token issued so far also stops working.
     * </pre>
     */
    public void logout(kith.identity.v1.Identity.LogoutRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LogoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogoutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Verifies a Google ID token and signs in the user linked to its Google
     * identity, creating one on first sign-in. Tokens whose email Google has
     * not verified are refused (FAILED_PRECONDITION, GOOGLE_EMAIL_UNVERIFIED).
     * An existing account with the same email but no proven address is never
     * linked automatically: the answer is FAILED_PRECONDITION with reason
     * ACCOUNT_EXISTS; sign in with the password and call UserService.LinkGoogle.
     * </pre>
     */
    public void signInWithGoogle(kith.identity.v1.Identity.SignInWithGoogleRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SignInWithGoogleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignInWithGoogleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the caller's password (or sets the first one of a Google-only
     * account), ends every session, including access tokens already issued,
     * and returns a fresh one.
     * </pre>
     */
    public void changePassword(kith.identity.v1.Identity.ChangePasswordRequest request,
        io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ChangePasswordResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getChangePasswordMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Accounts and sessions. Register, Login, Refresh and SignInWithGoogle are
   * public; every other method needs `authorization: Bearer &lt;access_token&gt;`.
   * </pre>
   */
  public static final class AuthServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AuthServiceBlockingStub> {
    private AuthServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a member account with a password and signs it in.
     * </pre>
     */
    public kith.identity.v1.Identity.RegisterResponse register(kith.identity.v1.Identity.RegisterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Signs in with email and password. Wrong password and unknown email give
     * the same UNAUTHENTICATED answer. Failed attempts are limited per (email,
     * peer) pair, per email (a higher limit) and per peer; past a limit the
     * answer is RESOURCE_EXHAUSTED (reason TOO_MANY_LOGIN_ATTEMPTS).
     * </pre>
     */
    public kith.identity.v1.Identity.LoginResponse login(kith.identity.v1.Identity.LoginRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLoginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new session. The token is spent: using it
     * again revokes every token of its family.
     * </pre>
     */
    public kith.identity.v1.Identity.RefreshResponse refresh(kith.identity.v1.Identity.RefreshRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRefreshMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes the given refresh token's family, or all of the caller's sessions.
     * With all_sessions, every access token issued so far also stops working.
     * </pre>
     */
    public kith.identity.v1.Identity.LogoutResponse logout(kith.identity.v1.Identity.LogoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Verifies a Google ID token and signs in the user linked to its Google
     * identity, creating one on first sign-in. Tokens whose email Google has
     * not verified are refused (FAILED_PRECONDITION, GOOGLE_EMAIL_UNVERIFIED).
     * An existing account with the same email but no proven address is never
     * linked automatically: the answer is FAILED_PRECONDITION with reason
     * ACCOUNT_EXISTS; sign in with the password and call UserService.LinkGoogle.
     * </pre>
     */
    public kith.identity.v1.Identity.SignInWithGoogleResponse signInWithGoogle(kith.identity.v1.Identity.SignInWithGoogleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignInWithGoogleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the caller's password (or sets the first one of a Google-only
     * account), ends every session, including access tokens already issued,
     * and returns a fresh one.
     * </pre>
     */
    public kith.identity.v1.Identity.ChangePasswordResponse changePassword(kith.identity.v1.Identity.ChangePasswordRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getChangePasswordMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Accounts and sessions. Register, Login, Refresh and SignInWithGoogle are
   * public; every other method needs `authorization: Bearer &lt;access_token&gt;`.
   * </pre>
   */
  public static final class AuthServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AuthServiceFutureStub> {
    private AuthServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a member account with a password and signs it in.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.RegisterResponse> register(
        kith.identity.v1.Identity.RegisterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Signs in with email and password. Wrong password and unknown email give
     * the same UNAUTHENTICATED answer. Failed attempts are limited per (email,
     * peer) pair, per email (a higher limit) and per peer; past a limit the
     * answer is RESOURCE_EXHAUSTED (reason TOO_MANY_LOGIN_ATTEMPTS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.LoginResponse> login(
        kith.identity.v1.Identity.LoginRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLoginMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new session. The token is spent: using it
     * again revokes every token of its family.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.RefreshResponse> refresh(
        kith.identity.v1.Identity.RefreshRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRefreshMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes the given refresh token's family, or all of the caller's sessions.
     * With all_sessions, every access token issued so far also stops working.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.LogoutResponse> logout(
        kith.identity.v1.Identity.LogoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogoutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Verifies a Google ID token and signs in the user linked to its Google
     * identity, creating one on first sign-in. Tokens whose email Google has
     * not verified are refused (FAILED_PRECONDITION, GOOGLE_EMAIL_UNVERIFIED).
     * An existing account with the same email but no proven address is never
     * linked automatically: the answer is FAILED_PRECONDITION with reason
     * ACCOUNT_EXISTS; sign in with the password and call UserService.LinkGoogle.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.SignInWithGoogleResponse> signInWithGoogle(
        kith.identity.v1.Identity.SignInWithGoogleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignInWithGoogleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the caller's password (or sets the first one of a Google-only
     * account), ends every session, including access tokens already issued,
     * and returns a fresh one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.identity.v1.Identity.ChangePasswordResponse> changePassword(
        kith.identity.v1.Identity.ChangePasswordRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getChangePasswordMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_REGISTER = 0;
  private static final int METHODID_LOGIN = 1;
  private static final int METHODID_REFRESH = 2;
  private static final int METHODID_LOGOUT = 3;
  private static final int METHODID_SIGN_IN_WITH_GOOGLE = 4;
  private static final int METHODID_CHANGE_PASSWORD = 5;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AuthServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AuthServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_REGISTER:
          serviceImpl.register((kith.identity.v1.Identity.RegisterRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.RegisterResponse>) responseObserver);
          break;
        case METHODID_LOGIN:
          serviceImpl.login((kith.identity.v1.Identity.LoginRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LoginResponse>) responseObserver);
          break;
        case METHODID_REFRESH:
          serviceImpl.refresh((kith.identity.v1.Identity.RefreshRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.RefreshResponse>) responseObserver);
          break;
        case METHODID_LOGOUT:
          serviceImpl.logout((kith.identity.v1.Identity.LogoutRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.LogoutResponse>) responseObserver);
          break;
        case METHODID_SIGN_IN_WITH_GOOGLE:
          serviceImpl.signInWithGoogle((kith.identity.v1.Identity.SignInWithGoogleRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.SignInWithGoogleResponse>) responseObserver);
          break;
        case METHODID_CHANGE_PASSWORD:
          serviceImpl.changePassword((kith.identity.v1.Identity.ChangePasswordRequest) request,
              (io.grpc.stub.StreamObserver<kith.identity.v1.Identity.ChangePasswordResponse>) responseObserver);
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

  private static abstract class AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AuthServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.identity.v1.Identity.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AuthService");
    }
  }

  private static final class AuthServiceFileDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier {
    AuthServiceFileDescriptorSupplier() {}
  }

  private static final class AuthServiceMethodDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AuthServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AuthServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AuthServiceFileDescriptorSupplier())
              .addMethod(getRegisterMethod())
              .addMethod(getLoginMethod())
              .addMethod(getRefreshMethod())
              .addMethod(getLogoutMethod())
              .addMethod(getSignInWithGoogleMethod())
              .addMethod(getChangePasswordMethod())
              .build();
        }
      }
    }
    return result;
  }
}
