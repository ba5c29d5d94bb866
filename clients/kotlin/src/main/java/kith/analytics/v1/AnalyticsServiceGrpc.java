package kith.analytics.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * What the caller's usage adds up to: stats, a wellness score, comparisons
 * and trends. Usage figures come from daily rollups, not raw usage: the
 * analytics_rollup job recomputes them nightly (01:00 in the user's
 * timezone) and about a minute after each upload, so they may trail an upload
 * by that much. Days are "YYYY-MM-DD" in the user's timezone; every request
 * takes an optional `day` the figures are for (empty: the user's today).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/analytics/v1/analytics.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AnalyticsServiceGrpc {

  private AnalyticsServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.analytics.v1.AnalyticsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetStatsRequest,
      kith.analytics.v1.Analytics.GetStatsResponse> getGetStatsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetStats",
      requestType = kith.analytics.v1.Analytics.GetStatsRequest.class,
      responseType = kith.analytics.v1.Analytics.GetStatsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetStatsRequest,
      kith.analytics.v1.Analytics.GetStatsResponse> getGetStatsMethod() {
    io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetStatsRequest, kith.analytics.v1.Analytics.GetStatsResponse> getGetStatsMethod;
    if ((getGetStatsMethod = AnalyticsServiceGrpc.getGetStatsMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetStatsMethod = AnalyticsServiceGrpc.getGetStatsMethod) == null) {
          AnalyticsServiceGrpc.getGetStatsMethod = getGetStatsMethod =
              io.grpc.MethodDescriptor.<kith.analytics.v1.Analytics.GetStatsRequest, kith.analytics.v1.Analytics.GetStatsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetStats"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.GetStatsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.GetStatsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetStats"))
              .build();
        }
      }
    }
    return getGetStatsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetWellnessScoreRequest,
      kith.analytics.v1.Analytics.GetWellnessScoreResponse> getGetWellnessScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWellnessScore",
      requestType = kith.analytics.v1.Analytics.GetWellnessScoreRequest.class,
      responseType = kith.analytics.v1.Analytics.GetWellnessScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetWellnessScoreRequest,
      kith.analytics.v1.Analytics.GetWellnessScoreResponse> getGetWellnessScoreMethod() {
    io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetWellnessScoreRequest, kith.analytics.v1.Analytics.GetWellnessScoreResponse> getGetWellnessScoreMethod;
    if ((getGetWellnessScoreMethod = AnalyticsServiceGrpc.getGetWellnessScoreMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetWellnessScoreMethod = AnalyticsServiceGrpc.getGetWellnessScoreMethod) == null) {
          AnalyticsServiceGrpc.getGetWellnessScoreMethod = getGetWellnessScoreMethod =
              io.grpc.MethodDescriptor.<kith.analytics.v1.Analytics.GetWellnessScoreRequest, kith.analytics.v1.Analytics.GetWellnessScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWellnessScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.GetWellnessScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.GetWellnessScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetWellnessScore"))
              .build();
        }
      }
    }
    return getGetWellnessScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.CompareUsageRequest,
      kith.analytics.v1.Analytics.CompareUsageResponse> getCompareUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompareUsage",
      requestType = kith.analytics.v1.Analytics.CompareUsageRequest.class,
      responseType = kith.analytics.v1.Analytics.CompareUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.CompareUsageRequest,
      kith.analytics.v1.Analytics.CompareUsageResponse> getCompareUsageMethod() {
    io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.CompareUsageRequest, kith.analytics.v1.Analytics.CompareUsageResponse> getCompareUsageMethod;
    if ((getCompareUsageMethod = AnalyticsServiceGrpc.getCompareUsageMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getCompareUsageMethod = AnalyticsServiceGrpc.getCompareUsageMethod) == null) {
          AnalyticsServiceGrpc.getCompareUsageMethod = getCompareUsageMethod =
              io.grpc.MethodDescriptor.<kith.analytics.v1.Analytics.CompareUsageRequest, kith.analytics.v1.Analytics.CompareUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompareUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.CompareUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.CompareUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("CompareUsage"))
              .build();
        }
      }
    }
    return getCompareUsageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetTrendsRequest,
      kith.analytics.v1.Analytics.GetTrendsResponse> getGetTrendsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTrends",
      requestType = kith.analytics.v1.Analytics.GetTrendsRequest.class,
      responseType = kith.analytics.v1.Analytics.GetTrendsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetTrendsRequest,
      kith.analytics.v1.Analytics.GetTrendsResponse> getGetTrendsMethod() {
    io.grpc.MethodDescriptor<kith.analytics.v1.Analytics.GetTrendsRequest, kith.analytics.v1.Analytics.GetTrendsResponse> getGetTrendsMethod;
    if ((getGetTrendsMethod = AnalyticsServiceGrpc.getGetTrendsMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetTrendsMethod = AnalyticsServiceGrpc.getGetTrendsMethod) == null) {
          AnalyticsServiceGrpc.getGetTrendsMethod = getGetTrendsMethod =
              io.grpc.MethodDescriptor.<kith.analytics.v1.Analytics.GetTrendsRequest, kith.analytics.v1.Analytics.GetTrendsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTrends"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.GetTrendsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.analytics.v1.Analytics.GetTrendsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetTrends"))
              .build();
        }
      }
    }
    return getGetTrendsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AnalyticsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceStub>() {
        @java.lang.Override
        public AnalyticsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsServiceStub(channel, callOptions);
        }
      };
    return AnalyticsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AnalyticsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceBlockingStub>() {
        @java.lang.Override
        public AnalyticsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsServiceBlockingStub(channel, callOptions);
        }
      };
    return AnalyticsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AnalyticsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceFutureStub>() {
        @java.lang.Override
        public AnalyticsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsServiceFutureStub(channel, callOptions);
        }
      };
    return AnalyticsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * What the caller's usage adds up to: stats, a wellness score, comparisons
   * and trends. Usage figures come from daily rollups, not raw usage: the
   * analytics_rollup job recomputes them nightly (01:00 in the user's
   * timezone) and about a minute after each upload, so they may trail an upload
   * by that much. Days are "YYYY-MM-DD" in the user's timezone; every request
   * takes an optional `day` the figures are for (empty: the user's today).
   * </pre>
   */
  public static abstract class AnalyticsServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * 28+ metrics: today, averages over a window of complete days, top app
     * and category, shares, counts, goals, streaks, changes and the score.
     * </pre>
     */
    public void getStats(kith.analytics.v1.Analytics.GetStatsRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetStatsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStatsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The 0..100 score and its components (see README "Wellness score").
     * </pre>
     */
    public void getWellnessScore(kith.analytics.v1.Analytics.GetWellnessScoreRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetWellnessScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWellnessScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * This week so far vs the same days of last week, and this month so far
     * vs the same days of last month.
     * </pre>
     */
    public void compareUsage(kith.analytics.v1.Analytics.CompareUsageRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.CompareUsageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompareUsageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Popular apps week by week, the patterns found, and conversation topics.
     * </pre>
     */
    public void getTrends(kith.analytics.v1.Analytics.GetTrendsRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetTrendsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTrendsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetStatsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.analytics.v1.Analytics.GetStatsRequest,
                kith.analytics.v1.Analytics.GetStatsResponse>(
                  this, METHODID_GET_STATS)))
          .addMethod(
            getGetWellnessScoreMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.analytics.v1.Analytics.GetWellnessScoreRequest,
                kith.analytics.v1.Analytics.GetWellnessScoreResponse>(
                  this, METHODID_GET_WELLNESS_SCORE)))
          .addMethod(
            getCompareUsageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.analytics.v1.Analytics.CompareUsageRequest,
                kith.analytics.v1.Analytics.CompareUsageResponse>(
                  this, METHODID_COMPARE_USAGE)))
          .addMethod(
            getGetTrendsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.analytics.v1.Analytics.GetTrendsRequest,
                kith.analytics.v1.Analytics.GetTrendsResponse>(
                  this, METHODID_GET_TRENDS)))
          .build();
    }
  }

  /**
   * <pre>
   * What the caller's usage adds up to: stats, a wellness score, comparisons
   * and trends. Usage figures come from daily rollups, not raw usage: the
   * analytics_rollup job recomputes them nightly (01:00 in the user's
   * timezone) and about a minute after each upload, so they may trail an upload
   * by that much. Days are "YYYY-MM-DD" in the user's timezone; every request
   * takes an optional `day` the figures are for (empty: the user's today).
   * </pre>
   */
  public static final class AnalyticsServiceStub extends io.grpc.stub.AbstractAsyncStub<AnalyticsServiceStub> {
    private AnalyticsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * 28+ metrics: today, averages over a window of complete days, top app
     * and category, shares, counts, goals, streaks, changes and the score.
     * </pre>
     */
    public void getStats(kith.analytics.v1.Analytics.GetStatsRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetStatsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The 0..100 score and its components (see README "Wellness score").
     * </pre>
     */
    public void getWellnessScore(kith.analytics.v1.Analytics.GetWellnessScoreRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetWellnessScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWellnessScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * This week so far vs the same days of last week, and this month so far
     * vs the same days of last month.
     * </pre>
     */
    public void compareUsage(kith.analytics.v1.Analytics.CompareUsageRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.CompareUsageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompareUsageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Popular apps week by week, the patterns found, and conversation topics.
     * </pre>
     */
    public void getTrends(kith.analytics.v1.Analytics.GetTrendsRequest request,
        io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetTrendsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTrendsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * What the caller's usage adds up to: stats, a wellness score, comparisons
   * and trends. Usage figures come from daily rollups, not raw usage: the
   * analytics_rollup job recomputes them nightly (01:00 in the user's
   * timezone) and about a minute after each upload, so they may trail an upload
   * by that much. Days are "YYYY-MM-DD" in the user's timezone; every request
   * takes an optional `day` the figures are for (empty: the user's today).
   * </pre>
   */
  public static final class AnalyticsServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AnalyticsServiceBlockingStub> {
    private AnalyticsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * 28+ metrics: today, averages over a window of complete days, top app
     * and category, shares, counts, goals, streaks, changes and the score.
     * </pre>
     */
    public kith.analytics.v1.Analytics.GetStatsResponse getStats(kith.analytics.v1.Analytics.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The 0..100 score and its components (see README "Wellness score").
     * </pre>
     */
    public kith.analytics.v1.Analytics.GetWellnessScoreResponse getWellnessScore(kith.analytics.v1.Analytics.GetWellnessScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWellnessScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * This week so far vs the same days of last week, and this month so far
     * vs the same days of last month.
     * </pre>
     */
    public kith.analytics.v1.Analytics.CompareUsageResponse compareUsage(kith.analytics.v1.Analytics.CompareUsageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompareUsageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Popular apps week by week, the patterns found, and conversation topics.
     * </pre>
     */
    public kith.analytics.v1.Analytics.GetTrendsResponse getTrends(kith.analytics.v1.Analytics.GetTrendsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTrendsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * What the caller's usage adds up to: stats, a wellness score, comparisons
   * and trends. Usage figures come from daily rollups, not raw usage: the
   * analytics_rollup job recomputes them nightly (01:00 in the user's
   * timezone) and about a minute after each upload, so they may trail an upload
   * by that much. Days are "YYYY-MM-DD" in the user's timezone; every request
   * takes an optional `day` the figures are for (empty: the user's today).
   * </pre>
   */
  public static final class AnalyticsServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AnalyticsServiceFutureStub> {
    private AnalyticsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * 28+ metrics: today, averages over a window of complete days, top app
     * and category, shares, counts, goals, streaks, changes and the score.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.analytics.v1.Analytics.GetStatsResponse> getStats(
        kith.analytics.v1.Analytics.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The 0..100 score and its components (see README "Wellness score").
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.analytics.v1.Analytics.GetWellnessScoreResponse> getWellnessScore(
        kith.analytics.v1.Analytics.GetWellnessScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWellnessScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * This week so far vs the same days of last week, and this month so far
     * vs the same days of last month.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.analytics.v1.Analytics.CompareUsageResponse> compareUsage(
        kith.analytics.v1.Analytics.CompareUsageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompareUsageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Popular apps week by week, the patterns found, and conversation topics.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.analytics.v1.Analytics.GetTrendsResponse> getTrends(
        kith.analytics.v1.Analytics.GetTrendsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTrendsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_STATS = 0;
  private static final int METHODID_GET_WELLNESS_SCORE = 1;
  private static final int METHODID_COMPARE_USAGE = 2;
  private static final int METHODID_GET_TRENDS = 3;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AnalyticsServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AnalyticsServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_STATS:
          serviceImpl.getStats((kith.analytics.v1.Analytics.GetStatsRequest) request,
              (io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetStatsResponse>) responseObserver);
          break;
        case METHODID_GET_WELLNESS_SCORE:
          serviceImpl.getWellnessScore((kith.analytics.v1.Analytics.GetWellnessScoreRequest) request,
              (io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetWellnessScoreResponse>) responseObserver);
          break;
        case METHODID_COMPARE_USAGE:
          serviceImpl.compareUsage((kith.analytics.v1.Analytics.CompareUsageRequest) request,
              (io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.CompareUsageResponse>) responseObserver);
          break;
        case METHODID_GET_TRENDS:
          serviceImpl.getTrends((kith.analytics.v1.Analytics.GetTrendsRequest) request,
              (io.grpc.stub.StreamObserver<kith.analytics.v1.Analytics.GetTrendsResponse>) responseObserver);
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

  private static abstract class AnalyticsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AnalyticsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.analytics.v1.Analytics.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AnalyticsService");
    }
  }

  private static final class AnalyticsServiceFileDescriptorSupplier
      extends AnalyticsServiceBaseDescriptorSupplier {
    AnalyticsServiceFileDescriptorSupplier() {}
  }

  private static final class AnalyticsServiceMethodDescriptorSupplier
      extends AnalyticsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AnalyticsServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AnalyticsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AnalyticsServiceFileDescriptorSupplier())
              .addMethod(getGetStatsMethod())
              .addMethod(getGetWellnessScoreMethod())
              .addMethod(getCompareUsageMethod())
              .addMethod(getGetTrendsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
