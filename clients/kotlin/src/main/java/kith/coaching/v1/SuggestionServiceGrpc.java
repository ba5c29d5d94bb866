package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Changes to a goal's plan the AI proposes (every Wednesday at 10:00 in
 * the member's timezone, for each active goal without a pending one), which
 * the member accepts or rejects. Accepting applies the change in one
 * transaction: all of it or, when it no longer fits, none of it.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SuggestionServiceGrpc {

  private SuggestionServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.SuggestionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListSuggestionsRequest,
      kith.coaching.v1.Coaching.ListSuggestionsResponse> getListSuggestionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSuggestions",
      requestType = kith.coaching.v1.Coaching.ListSuggestionsRequest.class,
      responseType = kith.coaching.v1.Coaching.ListSuggestionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListSuggestionsRequest,
      kith.coaching.v1.Coaching.ListSuggestionsResponse> getListSuggestionsMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListSuggestionsRequest, kith.coaching.v1.Coaching.ListSuggestionsResponse> getListSuggestionsMethod;
    if ((getListSuggestionsMethod = SuggestionServiceGrpc.getListSuggestionsMethod) == null) {
      synchronized (SuggestionServiceGrpc.class) {
        if ((getListSuggestionsMethod = SuggestionServiceGrpc.getListSuggestionsMethod) == null) {
          SuggestionServiceGrpc.getListSuggestionsMethod = getListSuggestionsMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListSuggestionsRequest, kith.coaching.v1.Coaching.ListSuggestionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSuggestions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListSuggestionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListSuggestionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SuggestionServiceMethodDescriptorSupplier("ListSuggestions"))
              .build();
        }
      }
    }
    return getListSuggestionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AcceptSuggestionRequest,
      kith.coaching.v1.Coaching.AcceptSuggestionResponse> getAcceptSuggestionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AcceptSuggestion",
      requestType = kith.coaching.v1.Coaching.AcceptSuggestionRequest.class,
      responseType = kith.coaching.v1.Coaching.AcceptSuggestionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AcceptSuggestionRequest,
      kith.coaching.v1.Coaching.AcceptSuggestionResponse> getAcceptSuggestionMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AcceptSuggestionRequest, kith.coaching.v1.Coaching.AcceptSuggestionResponse> getAcceptSuggestionMethod;
    if ((getAcceptSuggestionMethod = SuggestionServiceGrpc.getAcceptSuggestionMethod) == null) {
      synchronized (SuggestionServiceGrpc.class) {
        if ((getAcceptSuggestionMethod = SuggestionServiceGrpc.getAcceptSuggestionMethod) == null) {
          SuggestionServiceGrpc.getAcceptSuggestionMethod = getAcceptSuggestionMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.AcceptSuggestionRequest, kith.coaching.v1.Coaching.AcceptSuggestionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AcceptSuggestion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.AcceptSuggestionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.AcceptSuggestionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SuggestionServiceMethodDescriptorSupplier("AcceptSuggestion"))
              .build();
        }
      }
    }
    return getAcceptSuggestionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.RejectSuggestionRequest,
      kith.coaching.v1.Coaching.RejectSuggestionResponse> getRejectSuggestionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RejectSuggestion",
      requestType = kith.coaching.v1.Coaching.RejectSuggestionRequest.class,
      responseType = kith.coaching.v1.Coaching.RejectSuggestionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.RejectSuggestionRequest,
      kith.coaching.v1.Coaching.RejectSuggestionResponse> getRejectSuggestionMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.RejectSuggestionRequest, kith.coaching.v1.Coaching.RejectSuggestionResponse> getRejectSuggestionMethod;
    if ((getRejectSuggestionMethod = SuggestionServiceGrpc.getRejectSuggestionMethod) == null) {
      synchronized (SuggestionServiceGrpc.class) {
        if ((getRejectSuggestionMethod = SuggestionServiceGrpc.getRejectSuggestionMethod) == null) {
          SuggestionServiceGrpc.getRejectSuggestionMethod = getRejectSuggestionMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.RejectSuggestionRequest, kith.coaching.v1.Coaching.RejectSuggestionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RejectSuggestion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.RejectSuggestionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.RejectSuggestionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SuggestionServiceMethodDescriptorSupplier("RejectSuggestion"))
              .build();
        }
      }
    }
    return getRejectSuggestionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SuggestionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SuggestionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SuggestionServiceStub>() {
        @java.lang.Override
        public SuggestionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SuggestionServiceStub(channel, callOptions);
        }
      };
    return SuggestionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SuggestionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SuggestionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SuggestionServiceBlockingStub>() {
        @java.lang.Override
        public SuggestionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SuggestionServiceBlockingStub(channel, callOptions);
        }
      };
    return SuggestionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SuggestionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SuggestionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SuggestionServiceFutureStub>() {
        @java.lang.Override
        public SuggestionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SuggestionServiceFutureStub(channel, callOptions);
        }
      };
    return SuggestionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Changes to a goal's plan the AI proposes (every Wednesday at 10:00 in
   * the member's timezone, for each active goal without a pending one), which
   * the member accepts or rejects. Accepting applies the change in one
   * transaction: all of it or, when it no longer fits, none of it.
   * </pre>
   */
  public static abstract class SuggestionServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * The caller's suggestions, newest first; filter by goal and status.
     * </pre>
     */
    public void listSuggestions(kith.coaching.v1.Coaching.ListSuggestionsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListSuggestionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSuggestionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Applies a pending suggestion to its goal and marks it accepted.
     * </pre>
     */
    public void acceptSuggestion(kith.coaching.v1.Coaching.AcceptSuggestionRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AcceptSuggestionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAcceptSuggestionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks a pending suggestion rejected; the plan stays as it is.
     * </pre>
     */
    public void rejectSuggestion(kith.coaching.v1.Coaching.RejectSuggestionRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.RejectSuggestionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRejectSuggestionMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListSuggestionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListSuggestionsRequest,
                kith.coaching.v1.Coaching.ListSuggestionsResponse>(
                  this, METHODID_LIST_SUGGESTIONS)))
          .addMethod(
            getAcceptSuggestionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.AcceptSuggestionRequest,
                kith.coaching.v1.Coaching.AcceptSuggestionResponse>(
                  this, METHODID_ACCEPT_SUGGESTION)))
          .addMethod(
            getRejectSuggestionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.RejectSuggestionRequest,
                kith.coaching.v1.Coaching.RejectSuggestionResponse>(
                  this, METHODID_REJECT_SUGGESTION)))
          .build();
    }
  }

  /**
   * <pre>
   * Changes to a goal's plan the AI proposes (every Wednesday at 10:00 in
   * the member's timezone, for each active goal without a pending one), which
   * the member accepts or rejects. Accepting applies the change in one
   * transaction: all of it or, when it no longer fits, none of it.
   * </pre>
   */
  public static final class SuggestionServiceStub extends io.grpc.stub.AbstractAsyncStub<SuggestionServiceStub> {
    private SuggestionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SuggestionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SuggestionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's suggestions, newest first; filter by goal and status.
     * </pre>
     */
    public void listSuggestions(kith.coaching.v1.Coaching.ListSuggestionsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListSuggestionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSuggestionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Applies a pending suggestion to its goal and marks it accepted.
     * </pre>
     */
    public void acceptSuggestion(kith.coaching.v1.Coaching.AcceptSuggestionRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AcceptSuggestionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAcceptSuggestionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks a pending suggestion rejected; the plan stays as it is.
     * </pre>
     */
    public void rejectSuggestion(kith.coaching.v1.Coaching.RejectSuggestionRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.RejectSuggestionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRejectSuggestionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Changes to a goal's plan the AI proposes (every Wednesday at 10:00 in
   * the member's timezone, for each active goal without a pending one), which
   * the member accepts or rejects. Accepting applies the change in one
   * transaction: all of it or, when it no longer fits, none of it.
   * </pre>
   */
  public static final class SuggestionServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<SuggestionServiceBlockingStub> {
    private SuggestionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SuggestionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SuggestionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's suggestions, newest first; filter by goal and status.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListSuggestionsResponse listSuggestions(kith.coaching.v1.Coaching.ListSuggestionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSuggestionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies a pending suggestion to its goal and marks it accepted.
     * </pre>
     */
    public kith.coaching.v1.Coaching.AcceptSuggestionResponse acceptSuggestion(kith.coaching.v1.Coaching.AcceptSuggestionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAcceptSuggestionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks a pending suggestion rejected; the plan stays as it is.
     * </pre>
     */
    public kith.coaching.v1.Coaching.RejectSuggestionResponse rejectSuggestion(kith.coaching.v1.Coaching.RejectSuggestionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRejectSuggestionMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Changes to a goal's plan the AI proposes (every Wednesday at 10:00 in
   * the member's timezone, for each active goal without a pending one), which
   * the member accepts or rejects. Accepting applies the change in one
   * transaction: all of it or, when it no longer fits, none of it.
   * </pre>
   */
  public static final class SuggestionServiceFutureStub extends io.grpc.stub.AbstractFutureStub<SuggestionServiceFutureStub> {
    private SuggestionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SuggestionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SuggestionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's suggestions, newest first; filter by goal and status.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListSuggestionsResponse> listSuggestions(
        kith.coaching.v1.Coaching.ListSuggestionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSuggestionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Applies a pending suggestion to its goal and marks it accepted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.AcceptSuggestionResponse> acceptSuggestion(
        kith.coaching.v1.Coaching.AcceptSuggestionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAcceptSuggestionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks a pending suggestion rejected; the plan stays as it is.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.RejectSuggestionResponse> rejectSuggestion(
        kith.coaching.v1.Coaching.RejectSuggestionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRejectSuggestionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_SUGGESTIONS = 0;
  private static final int METHODID_ACCEPT_SUGGESTION = 1;
  private static final int METHODID_REJECT_SUGGESTION = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final SuggestionServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(SuggestionServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_SUGGESTIONS:
          serviceImpl.listSuggestions((kith.coaching.v1.Coaching.ListSuggestionsRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListSuggestionsResponse>) responseObserver);
          break;
        case METHODID_ACCEPT_SUGGESTION:
          serviceImpl.acceptSuggestion((kith.coaching.v1.Coaching.AcceptSuggestionRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AcceptSuggestionResponse>) responseObserver);
          break;
        case METHODID_REJECT_SUGGESTION:
          serviceImpl.rejectSuggestion((kith.coaching.v1.Coaching.RejectSuggestionRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.RejectSuggestionResponse>) responseObserver);
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

  private static abstract class SuggestionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SuggestionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SuggestionService");
    }
  }

  private static final class SuggestionServiceFileDescriptorSupplier
      extends SuggestionServiceBaseDescriptorSupplier {
    SuggestionServiceFileDescriptorSupplier() {}
  }

  private static final class SuggestionServiceMethodDescriptorSupplier
      extends SuggestionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    SuggestionServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (SuggestionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SuggestionServiceFileDescriptorSupplier())
              .addMethod(getListSuggestionsMethod())
              .addMethod(getAcceptSuggestionMethod())
              .addMethod(getRejectSuggestionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
