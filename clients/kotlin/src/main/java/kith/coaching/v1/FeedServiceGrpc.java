package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The group feed of a cohort: a mentor and their members. Mentors and
 * members post; the AI coach posts each member's weekly review (Monday
 * 09:00 in the member's timezone), which only that member and their mentor
 * see.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class FeedServiceGrpc {

  private FeedServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.FeedService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListPostsRequest,
      kith.coaching.v1.Coaching.ListPostsResponse> getListPostsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPosts",
      requestType = kith.coaching.v1.Coaching.ListPostsRequest.class,
      responseType = kith.coaching.v1.Coaching.ListPostsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListPostsRequest,
      kith.coaching.v1.Coaching.ListPostsResponse> getListPostsMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListPostsRequest, kith.coaching.v1.Coaching.ListPostsResponse> getListPostsMethod;
    if ((getListPostsMethod = FeedServiceGrpc.getListPostsMethod) == null) {
      synchronized (FeedServiceGrpc.class) {
        if ((getListPostsMethod = FeedServiceGrpc.getListPostsMethod) == null) {
          FeedServiceGrpc.getListPostsMethod = getListPostsMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListPostsRequest, kith.coaching.v1.Coaching.ListPostsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPosts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListPostsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListPostsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FeedServiceMethodDescriptorSupplier("ListPosts"))
              .build();
        }
      }
    }
    return getListPostsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreatePostRequest,
      kith.coaching.v1.Coaching.CreatePostResponse> getCreatePostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreatePost",
      requestType = kith.coaching.v1.Coaching.CreatePostRequest.class,
      responseType = kith.coaching.v1.Coaching.CreatePostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreatePostRequest,
      kith.coaching.v1.Coaching.CreatePostResponse> getCreatePostMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreatePostRequest, kith.coaching.v1.Coaching.CreatePostResponse> getCreatePostMethod;
    if ((getCreatePostMethod = FeedServiceGrpc.getCreatePostMethod) == null) {
      synchronized (FeedServiceGrpc.class) {
        if ((getCreatePostMethod = FeedServiceGrpc.getCreatePostMethod) == null) {
          FeedServiceGrpc.getCreatePostMethod = getCreatePostMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.CreatePostRequest, kith.coaching.v1.Coaching.CreatePostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreatePost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreatePostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreatePostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FeedServiceMethodDescriptorSupplier("CreatePost"))
              .build();
        }
      }
    }
    return getCreatePostMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static FeedServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FeedServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FeedServiceStub>() {
        @java.lang.Override
        public FeedServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FeedServiceStub(channel, callOptions);
        }
      };
    return FeedServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static FeedServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FeedServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FeedServiceBlockingStub>() {
        @java.lang.Override
        public FeedServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FeedServiceBlockingStub(channel, callOptions);
        }
      };
    return FeedServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static FeedServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FeedServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FeedServiceFutureStub>() {
        @java.lang.Override
        public FeedServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FeedServiceFutureStub(channel, callOptions);
        }
      };
    return FeedServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The group feed of a cohort: a mentor and their members. Mentors and
   * members post; the AI coach posts each member's weekly review (Monday
   * 09:00 in the member's timezone), which only that member and their mentor
   * see.
   * </pre>
   */
  public static abstract class FeedServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * The caller's cohort's posts, newest first: a mentor's own cohort, a
     * member's mentor's. Empty for a member without a mentor.
     * </pre>
     */
    public void listPosts(kith.coaching.v1.Coaching.ListPostsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListPostsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPostsMethod(), responseObserver);
    }

    /**
     * <pre>
     * A post to the caller's cohort; FAILED_PRECONDITION NO_COHORT for a
     * member without a mentor. At most 30 posts an hour.
     * </pre>
     */
    public void createPost(kith.coaching.v1.Coaching.CreatePostRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreatePostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreatePostMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListPostsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListPostsRequest,
                kith.coaching.v1.Coaching.ListPostsResponse>(
                  this, METHODID_LIST_POSTS)))
          .addMethod(
            getCreatePostMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.CreatePostRequest,
                kith.coaching.v1.Coaching.CreatePostResponse>(
                  this, METHODID_CREATE_POST)))
          .build();
    }
  }

  /**
   * <pre>
   * The group feed of a cohort: a mentor and their members. Mentors and
   * members post; the AI coach posts each member's weekly review (Monday
   * 09:00 in the member's timezone), which only that member and their mentor
   * see.
   * </pre>
   */
  public static final class FeedServiceStub extends io.grpc.stub.AbstractAsyncStub<FeedServiceStub> {
    private FeedServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FeedServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FeedServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's cohort's posts, newest first: a mentor's own cohort, a
     * member's mentor's. Empty for a member without a mentor.
     * </pre>
     */
    public void listPosts(kith.coaching.v1.Coaching.ListPostsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListPostsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPostsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A post to the caller's cohort; FAILED_PRECONDITION NO_COHORT for a
     * member without a mentor. At most 30 posts an hour.
     * </pre>
     */
    public void createPost(kith.coaching.v1.Coaching.CreatePostRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreatePostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreatePostMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The group feed of a cohort: a mentor and their members. Mentors and
   * members post; the AI coach posts each member's weekly review (Monday
   * 09:00 in the member's timezone), which only that member and their mentor
   * see.
   * </pre>
   */
  public static final class FeedServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<FeedServiceBlockingStub> {
    private FeedServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FeedServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FeedServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's cohort's posts, newest first: a mentor's own cohort, a
     * member's mentor's. Empty for a member without a mentor.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListPostsResponse listPosts(kith.coaching.v1.Coaching.ListPostsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPostsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A post to the caller's cohort; FAILED_PRECONDITION NO_COHORT for a
     * member without a mentor. At most 30 posts an hour.
     * </pre>
     */
    public kith.coaching.v1.Coaching.CreatePostResponse createPost(kith.coaching.v1.Coaching.CreatePostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePostMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The group feed of a cohort: a mentor and their members. Mentors and
   * members post; the AI coach posts each member's weekly review (Monday
   * 09:00 in the member's timezone), which only that member and their mentor
   * see.
   * </pre>
   */
  public static final class FeedServiceFutureStub extends io.grpc.stub.AbstractFutureStub<FeedServiceFutureStub> {
    private FeedServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FeedServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FeedServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's cohort's posts, newest first: a mentor's own cohort, a
     * member's mentor's. Empty for a member without a mentor.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListPostsResponse> listPosts(
        kith.coaching.v1.Coaching.ListPostsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPostsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A post to the caller's cohort; FAILED_PRECONDITION NO_COHORT for a
     * member without a mentor. At most 30 posts an hour.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.CreatePostResponse> createPost(
        kith.coaching.v1.Coaching.CreatePostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreatePostMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_POSTS = 0;
  private static final int METHODID_CREATE_POST = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final FeedServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(FeedServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_POSTS:
          serviceImpl.listPosts((kith.coaching.v1.Coaching.ListPostsRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListPostsResponse>) responseObserver);
          break;
        case METHODID_CREATE_POST:
          serviceImpl.createPost((kith.coaching.v1.Coaching.CreatePostRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreatePostResponse>) responseObserver);
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

  private static abstract class FeedServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    FeedServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("FeedService");
    }
  }

  private static final class FeedServiceFileDescriptorSupplier
      extends FeedServiceBaseDescriptorSupplier {
    FeedServiceFileDescriptorSupplier() {}
  }

  private static final class FeedServiceMethodDescriptorSupplier
      extends FeedServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    FeedServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (FeedServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new FeedServiceFileDescriptorSupplier())
              .addMethod(getListPostsMethod())
              .addMethod(getCreatePostMethod())
              .build();
        }
      }
    }
    return result;
  }
}
