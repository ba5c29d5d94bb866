package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * How the caller is doing, computed from their habits and check-ins in
 * their timezone (formulas in the README).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class DashboardServiceGrpc {

  private DashboardServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.DashboardService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetSummaryRequest,
      kith.coaching.v1.Coaching.GetSummaryResponse> getGetSummaryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSummary",
      requestType = kith.coaching.v1.Coaching.GetSummaryRequest.class,
      responseType = kith.coaching.v1.Coaching.GetSummaryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetSummaryRequest,
      kith.coaching.v1.Coaching.GetSummaryResponse> getGetSummaryMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetSummaryRequest, kith.coaching.v1.Coaching.GetSummaryResponse> getGetSummaryMethod;
    if ((getGetSummaryMethod = DashboardServiceGrpc.getGetSummaryMethod) == null) {
      synchronized (DashboardServiceGrpc.class) {
        if ((getGetSummaryMethod = DashboardServiceGrpc.getGetSummaryMethod) == null) {
          DashboardServiceGrpc.getGetSummaryMethod = getGetSummaryMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.GetSummaryRequest, kith.coaching.v1.Coaching.GetSummaryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSummary"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetSummaryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetSummaryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DashboardServiceMethodDescriptorSupplier("GetSummary"))
              .build();
        }
      }
    }
    return getGetSummaryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetAdherenceRequest,
      kith.coaching.v1.Coaching.GetAdherenceResponse> getGetAdherenceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAdherence",
      requestType = kith.coaching.v1.Coaching.GetAdherenceRequest.class,
      responseType = kith.coaching.v1.Coaching.GetAdherenceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetAdherenceRequest,
      kith.coaching.v1.Coaching.GetAdherenceResponse> getGetAdherenceMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetAdherenceRequest, kith.coaching.v1.Coaching.GetAdherenceResponse> getGetAdherenceMethod;
    if ((getGetAdherenceMethod = DashboardServiceGrpc.getGetAdherenceMethod) == null) {
      synchronized (DashboardServiceGrpc.class) {
        if ((getGetAdherenceMethod = DashboardServiceGrpc.getGetAdherenceMethod) == null) {
          DashboardServiceGrpc.getGetAdherenceMethod = getGetAdherenceMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.GetAdherenceRequest, kith.coaching.v1.Coaching.GetAdherenceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAdherence"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetAdherenceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetAdherenceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DashboardServiceMethodDescriptorSupplier("GetAdherence"))
              .build();
        }
      }
    }
    return getGetAdherenceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetRiskRequest,
      kith.coaching.v1.Coaching.GetRiskResponse> getGetRiskMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRisk",
      requestType = kith.coaching.v1.Coaching.GetRiskRequest.class,
      responseType = kith.coaching.v1.Coaching.GetRiskResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetRiskRequest,
      kith.coaching.v1.Coaching.GetRiskResponse> getGetRiskMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetRiskRequest, kith.coaching.v1.Coaching.GetRiskResponse> getGetRiskMethod;
    if ((getGetRiskMethod = DashboardServiceGrpc.getGetRiskMethod) == null) {
      synchronized (DashboardServiceGrpc.class) {
        if ((getGetRiskMethod = DashboardServiceGrpc.getGetRiskMethod) == null) {
          DashboardServiceGrpc.getGetRiskMethod = getGetRiskMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.GetRiskRequest, kith.coaching.v1.Coaching.GetRiskResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRisk"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetRiskRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetRiskResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DashboardServiceMethodDescriptorSupplier("GetRisk"))
              .build();
        }
      }
    }
    return getGetRiskMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DashboardServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DashboardServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DashboardServiceStub>() {
        @java.lang.Override
        public DashboardServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DashboardServiceStub(channel, callOptions);
        }
      };
    return DashboardServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DashboardServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DashboardServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DashboardServiceBlockingStub>() {
        @java.lang.Override
        public DashboardServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DashboardServiceBlockingStub(channel, callOptions);
        }
      };
    return DashboardServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DashboardServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DashboardServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DashboardServiceFutureStub>() {
        @java.lang.Override
        public DashboardServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DashboardServiceFutureStub(channel, callOptions);
        }
      };
    return DashboardServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * How the caller is doing, computed from their habits and check-ins in
   * their timezone (formulas in the README).
   * </pre>
   */
  public static abstract class DashboardServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Active goals, each habit's streak, and today's habits with whether
     * they are done.
     * </pre>
     */
    public void getSummary(kith.coaching.v1.Coaching.GetSummaryRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetSummaryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSummaryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Completion % over the last 7, 30 and 90 days.
     * </pre>
     */
    public void getAdherence(kith.coaching.v1.Coaching.GetAdherenceRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetAdherenceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAdherenceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Low, medium or high risk of dropping off, with the counts behind it.
     * </pre>
     */
    public void getRisk(kith.coaching.v1.Coaching.GetRiskRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetRiskResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRiskMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetSummaryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.GetSummaryRequest,
                kith.coaching.v1.Coaching.GetSummaryResponse>(
                  this, METHODID_GET_SUMMARY)))
          .addMethod(
            getGetAdherenceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.GetAdherenceRequest,
                kith.coaching.v1.Coaching.GetAdherenceResponse>(
                  this, METHODID_GET_ADHERENCE)))
          .addMethod(
            getGetRiskMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.GetRiskRequest,
                kith.coaching.v1.Coaching.GetRiskResponse>(
                  this, METHODID_GET_RISK)))
          .build();
    }
  }

  /**
   * <pre>
   * How the caller is doing, computed from their habits and check-ins in
   * their timezone (formulas in the README).
   * </pre>
   */
  public static final class DashboardServiceStub extends io.grpc.stub.AbstractAsyncStub<DashboardServiceStub> {
    private DashboardServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DashboardServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DashboardServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Active goals, each habit's streak, and today's habits with whether
     * they are done.
     * </pre>
     */
    public void getSummary(kith.coaching.v1.Coaching.GetSummaryRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetSummaryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSummaryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Completion % over the last 7, 30 and 90 days.
     * </pre>
     */
    public void getAdherence(kith.coaching.v1.Coaching.GetAdherenceRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetAdherenceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAdherenceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Low, medium or high risk of dropping off, with the counts behind it.
     * </pre>
     */
    public void getRisk(kith.coaching.v1.Coaching.GetRiskRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetRiskResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRiskMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * How the caller is doing, computed from their habits and check-ins in
   * their timezone (formulas in the README).
   * </pre>
   */
  public static final class DashboardServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<DashboardServiceBlockingStub> {
    private DashboardServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DashboardServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DashboardServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Active goals, each habit's streak, and today's habits with whether
     * they are done.
     * </pre>
     */
    public kith.coaching.v1.Coaching.GetSummaryResponse getSummary(kith.coaching.v1.Coaching.GetSummaryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSummaryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Completion % over the last 7, 30 and 90 days.
     * </pre>
     */
    public kith.coaching.v1.Coaching.GetAdherenceResponse getAdherence(kith.coaching.v1.Coaching.GetAdherenceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAdherenceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Low, medium or high risk of dropping off, with the counts behind it.
     * </pre>
     */
    public kith.coaching.v1.Coaching.GetRiskResponse getRisk(kith.coaching.v1.Coaching.GetRiskRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRiskMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * How the caller is doing, computed from their habits and check-ins in
   * their timezone (formulas in the README).
   * </pre>
   */
  public static final class DashboardServiceFutureStub extends io.grpc.stub.AbstractFutureStub<DashboardServiceFutureStub> {
    private DashboardServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DashboardServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DashboardServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Active goals, each habit's streak, and today's habits with whether
     * they are done.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.GetSummaryResponse> getSummary(
        kith.coaching.v1.Coaching.GetSummaryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSummaryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Completion % over the last 7, 30 and 90 days.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.GetAdherenceResponse> getAdherence(
        kith.coaching.v1.Coaching.GetAdherenceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAdherenceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Low, medium or high risk of dropping off, with the counts behind it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.GetRiskResponse> getRisk(
        kith.coaching.v1.Coaching.GetRiskRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRiskMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_SUMMARY = 0;
  private static final int METHODID_GET_ADHERENCE = 1;
  private static final int METHODID_GET_RISK = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final DashboardServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(DashboardServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_SUMMARY:
          serviceImpl.getSummary((kith.coaching.v1.Coaching.GetSummaryRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetSummaryResponse>) responseObserver);
          break;
        case METHODID_GET_ADHERENCE:
          serviceImpl.getAdherence((kith.coaching.v1.Coaching.GetAdherenceRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetAdherenceResponse>) responseObserver);
          break;
        case METHODID_GET_RISK:
          serviceImpl.getRisk((kith.coaching.v1.Coaching.GetRiskRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetRiskResponse>) responseObserver);
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

  private static abstract class DashboardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DashboardServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DashboardService");
    }
  }

  private static final class DashboardServiceFileDescriptorSupplier
      extends DashboardServiceBaseDescriptorSupplier {
    DashboardServiceFileDescriptorSupplier() {}
  }

  private static final class DashboardServiceMethodDescriptorSupplier
      extends DashboardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    DashboardServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (DashboardServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DashboardServiceFileDescriptorSupplier())
              .addMethod(getGetSummaryMethod())
              .addMethod(getGetAdherenceMethod())
              .addMethod(getGetRiskMethod())
              .build();
        }
      }
    }
    return result;
  }
}
