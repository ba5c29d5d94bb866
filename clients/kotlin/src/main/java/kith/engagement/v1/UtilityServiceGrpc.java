package kith.engagement.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Utility messages (reminders, receipts): a template filled from data, no
 * AI, no frequency cap; delivered through notifications and logged.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/engagement/v1/engagement.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class UtilityServiceGrpc {

  private UtilityServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.engagement.v1.UtilityService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.SendUtilityRequest,
      kith.engagement.v1.Engagement.SendUtilityResponse> getSendUtilityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendUtility",
      requestType = kith.engagement.v1.Engagement.SendUtilityRequest.class,
      responseType = kith.engagement.v1.Engagement.SendUtilityResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.SendUtilityRequest,
      kith.engagement.v1.Engagement.SendUtilityResponse> getSendUtilityMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.SendUtilityRequest, kith.engagement.v1.Engagement.SendUtilityResponse> getSendUtilityMethod;
    if ((getSendUtilityMethod = UtilityServiceGrpc.getSendUtilityMethod) == null) {
      synchronized (UtilityServiceGrpc.class) {
        if ((getSendUtilityMethod = UtilityServiceGrpc.getSendUtilityMethod) == null) {
          UtilityServiceGrpc.getSendUtilityMethod = getSendUtilityMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.SendUtilityRequest, kith.engagement.v1.Engagement.SendUtilityResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendUtility"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.SendUtilityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.SendUtilityResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UtilityServiceMethodDescriptorSupplier("SendUtility"))
              .build();
        }
      }
    }
    return getSendUtilityMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UtilityServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UtilityServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UtilityServiceStub>() {
        @java.lang.Override
        public UtilityServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UtilityServiceStub(channel, callOptions);
        }
      };
    return UtilityServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UtilityServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UtilityServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UtilityServiceBlockingStub>() {
        @java.lang.Override
        public UtilityServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UtilityServiceBlockingStub(channel, callOptions);
        }
      };
    return UtilityServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UtilityServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UtilityServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UtilityServiceFutureStub>() {
        @java.lang.Override
        public UtilityServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UtilityServiceFutureStub(channel, callOptions);
        }
      };
    return UtilityServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Utility messages (reminders, receipts): a template filled from data, no
   * AI, no frequency cap; delivered through notifications and logged.
   * </pre>
   */
  public static abstract class UtilityServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Admins and backends with an admin token.
     * </pre>
     */
    public void sendUtility(kith.engagement.v1.Engagement.SendUtilityRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.SendUtilityResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendUtilityMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getSendUtilityMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.SendUtilityRequest,
                kith.engagement.v1.Engagement.SendUtilityResponse>(
                  this, METHODID_SEND_UTILITY)))
          .build();
    }
  }

  /**
   * <pre>
   * Utility messages (reminders, receipts): a template filled from data, no
   * AI, no frequency cap; delivered through notifications and logged.
   * </pre>
   */
  public static final class UtilityServiceStub extends io.grpc.stub.AbstractAsyncStub<UtilityServiceStub> {
    private UtilityServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UtilityServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UtilityServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Admins and backends with an admin token.
     * </pre>
     */
    public void sendUtility(kith.engagement.v1.Engagement.SendUtilityRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.SendUtilityResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendUtilityMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Utility messages (reminders, receipts): a template filled from data, no
   * AI, no frequency cap; delivered through notifications and logged.
   * </pre>
   */
  public static final class UtilityServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<UtilityServiceBlockingStub> {
    private UtilityServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UtilityServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UtilityServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Admins and backends with an admin token.
     * </pre>
     */
    public kith.engagement.v1.Engagement.SendUtilityResponse sendUtility(kith.engagement.v1.Engagement.SendUtilityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendUtilityMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Utility messages (reminders, receipts): a template filled from data, no
   * AI, no frequency cap; delivered through notifications and logged.
   * </pre>
   */
  public static final class UtilityServiceFutureStub extends io.grpc.stub.AbstractFutureStub<UtilityServiceFutureStub> {
    private UtilityServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UtilityServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UtilityServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Admins and backends with an admin token.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.SendUtilityResponse> sendUtility(
        kith.engagement.v1.Engagement.SendUtilityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendUtilityMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SEND_UTILITY = 0;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final UtilityServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(UtilityServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SEND_UTILITY:
          serviceImpl.sendUtility((kith.engagement.v1.Engagement.SendUtilityRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.SendUtilityResponse>) responseObserver);
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

  private static abstract class UtilityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    UtilityServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.engagement.v1.Engagement.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("UtilityService");
    }
  }

  private static final class UtilityServiceFileDescriptorSupplier
      extends UtilityServiceBaseDescriptorSupplier {
    UtilityServiceFileDescriptorSupplier() {}
  }

  private static final class UtilityServiceMethodDescriptorSupplier
      extends UtilityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    UtilityServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (UtilityServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new UtilityServiceFileDescriptorSupplier())
              .addMethod(getSendUtilityMethod())
              .build();
        }
      }
    }
    return result;
  }
}
