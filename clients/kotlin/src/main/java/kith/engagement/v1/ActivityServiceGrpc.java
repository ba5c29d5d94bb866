package kith.engagement.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * What the app reports the signed-in user doing. Each call moves the user's
 * last activity forward and counts toward their engagement profile.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/engagement/v1/engagement.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ActivityServiceGrpc {

  private ActivityServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.engagement.v1.ActivityService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordLoginRequest,
      kith.engagement.v1.Engagement.RecordLoginResponse> getRecordLoginMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecordLogin",
      requestType = kith.engagement.v1.Engagement.RecordLoginRequest.class,
      responseType = kith.engagement.v1.Engagement.RecordLoginResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordLoginRequest,
      kith.engagement.v1.Engagement.RecordLoginResponse> getRecordLoginMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordLoginRequest, kith.engagement.v1.Engagement.RecordLoginResponse> getRecordLoginMethod;
    if ((getRecordLoginMethod = ActivityServiceGrpc.getRecordLoginMethod) == null) {
      synchronized (ActivityServiceGrpc.class) {
        if ((getRecordLoginMethod = ActivityServiceGrpc.getRecordLoginMethod) == null) {
          ActivityServiceGrpc.getRecordLoginMethod = getRecordLoginMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.RecordLoginRequest, kith.engagement.v1.Engagement.RecordLoginResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecordLogin"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RecordLoginRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RecordLoginResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivityServiceMethodDescriptorSupplier("RecordLogin"))
              .build();
        }
      }
    }
    return getRecordLoginMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordEventRequest,
      kith.engagement.v1.Engagement.RecordEventResponse> getRecordEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecordEvent",
      requestType = kith.engagement.v1.Engagement.RecordEventRequest.class,
      responseType = kith.engagement.v1.Engagement.RecordEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordEventRequest,
      kith.engagement.v1.Engagement.RecordEventResponse> getRecordEventMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordEventRequest, kith.engagement.v1.Engagement.RecordEventResponse> getRecordEventMethod;
    if ((getRecordEventMethod = ActivityServiceGrpc.getRecordEventMethod) == null) {
      synchronized (ActivityServiceGrpc.class) {
        if ((getRecordEventMethod = ActivityServiceGrpc.getRecordEventMethod) == null) {
          ActivityServiceGrpc.getRecordEventMethod = getRecordEventMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.RecordEventRequest, kith.engagement.v1.Engagement.RecordEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecordEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RecordEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RecordEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivityServiceMethodDescriptorSupplier("RecordEvent"))
              .build();
        }
      }
    }
    return getRecordEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordEventsRequest,
      kith.engagement.v1.Engagement.RecordEventsResponse> getRecordEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecordEvents",
      requestType = kith.engagement.v1.Engagement.RecordEventsRequest.class,
      responseType = kith.engagement.v1.Engagement.RecordEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordEventsRequest,
      kith.engagement.v1.Engagement.RecordEventsResponse> getRecordEventsMethod() {
    io.grpc.MethodDescriptor<kith.engagement.v1.Engagement.RecordEventsRequest, kith.engagement.v1.Engagement.RecordEventsResponse> getRecordEventsMethod;
    if ((getRecordEventsMethod = ActivityServiceGrpc.getRecordEventsMethod) == null) {
      synchronized (ActivityServiceGrpc.class) {
        if ((getRecordEventsMethod = ActivityServiceGrpc.getRecordEventsMethod) == null) {
          ActivityServiceGrpc.getRecordEventsMethod = getRecordEventsMethod =
              io.grpc.MethodDescriptor.<kith.engagement.v1.Engagement.RecordEventsRequest, kith.engagement.v1.Engagement.RecordEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecordEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RecordEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.engagement.v1.Engagement.RecordEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ActivityServiceMethodDescriptorSupplier("RecordEvents"))
              .build();
        }
      }
    }
    return getRecordEventsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ActivityServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivityServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivityServiceStub>() {
        @java.lang.Override
        public ActivityServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivityServiceStub(channel, callOptions);
        }
      };
    return ActivityServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ActivityServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivityServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivityServiceBlockingStub>() {
        @java.lang.Override
        public ActivityServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivityServiceBlockingStub(channel, callOptions);
        }
      };
    return ActivityServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ActivityServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ActivityServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ActivityServiceFutureStub>() {
        @java.lang.Override
        public ActivityServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ActivityServiceFutureStub(channel, callOptions);
        }
      };
    return ActivityServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * What the app reports the signed-in user doing. Each call moves the user's
   * last activity forward and counts toward their engagement profile.
   * </pre>
   */
  public static abstract class ActivityServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * The user opened the app or signed in.
     * </pre>
     */
    public void recordLogin(kith.engagement.v1.Engagement.RecordLoginRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordLoginResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecordLoginMethod(), responseObserver);
    }

    /**
     * <pre>
     * One named action ("viewed_menu").
     * </pre>
     */
    public void recordEvent(kith.engagement.v1.Engagement.RecordEventRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecordEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Up to 100 actions at once (an app sending what it queued offline); all
     * are stored or none.
     * </pre>
     */
    public void recordEvents(kith.engagement.v1.Engagement.RecordEventsRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecordEventsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getRecordLoginMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.RecordLoginRequest,
                kith.engagement.v1.Engagement.RecordLoginResponse>(
                  this, METHODID_RECORD_LOGIN)))
          .addMethod(
            getRecordEventMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.RecordEventRequest,
                kith.engagement.v1.Engagement.RecordEventResponse>(
                  this, METHODID_RECORD_EVENT)))
          .addMethod(
            getRecordEventsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.engagement.v1.Engagement.RecordEventsRequest,
                kith.engagement.v1.Engagement.RecordEventsResponse>(
                  this, METHODID_RECORD_EVENTS)))
          .build();
    }
  }

  /**
   * <pre>
   * What the app reports the signed-in user doing. Each call moves the user's
   * last activity forward and counts toward their engagement profile.
   * </pre>
   */
  public static final class ActivityServiceStub extends io.grpc.stub.AbstractAsyncStub<ActivityServiceStub> {
    private ActivityServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivityServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivityServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The user opened the app or signed in.
     * </pre>
     */
    public void recordLogin(kith.engagement.v1.Engagement.RecordLoginRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordLoginResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecordLoginMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * One named action ("viewed_menu").
     * </pre>
     */
    public void recordEvent(kith.engagement.v1.Engagement.RecordEventRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecordEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Up to 100 actions at once (an app sending what it queued offline); all
     * are stored or none.
     * </pre>
     */
    public void recordEvents(kith.engagement.v1.Engagement.RecordEventsRequest request,
        io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecordEventsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * What the app reports the signed-in user doing. Each call moves the user's
   * last activity forward and counts toward their engagement profile.
   * </pre>
   */
  public static final class ActivityServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ActivityServiceBlockingStub> {
    private ActivityServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivityServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivityServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The user opened the app or signed in.
     * </pre>
     */
    public kith.engagement.v1.Engagement.RecordLoginResponse recordLogin(kith.engagement.v1.Engagement.RecordLoginRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecordLoginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * One named action ("viewed_menu").
     * </pre>
     */
    public kith.engagement.v1.Engagement.RecordEventResponse recordEvent(kith.engagement.v1.Engagement.RecordEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecordEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Up to 100 actions at once (an app sending what it queued offline); all
     * are stored or none.
     * </pre>
     */
    public kith.engagement.v1.Engagement.RecordEventsResponse recordEvents(kith.engagement.v1.Engagement.RecordEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecordEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * What the app reports the signed-in user doing. Each call moves the user's
   * last activity forward and counts toward their engagement profile.
   * </pre>
   */
  public static final class ActivityServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ActivityServiceFutureStub> {
    private ActivityServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ActivityServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ActivityServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The user opened the app or signed in.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.RecordLoginResponse> recordLogin(
        kith.engagement.v1.Engagement.RecordLoginRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecordLoginMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * One named action ("viewed_menu").
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.RecordEventResponse> recordEvent(
        kith.engagement.v1.Engagement.RecordEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecordEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Up to 100 actions at once (an app sending what it queued offline); all
     * are stored or none.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.engagement.v1.Engagement.RecordEventsResponse> recordEvents(
        kith.engagement.v1.Engagement.RecordEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecordEventsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_RECORD_LOGIN = 0;
  private static final int METHODID_RECORD_EVENT = 1;
  private static final int METHODID_RECORD_EVENTS = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ActivityServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ActivityServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_RECORD_LOGIN:
          serviceImpl.recordLogin((kith.engagement.v1.Engagement.RecordLoginRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordLoginResponse>) responseObserver);
          break;
        case METHODID_RECORD_EVENT:
          serviceImpl.recordEvent((kith.engagement.v1.Engagement.RecordEventRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordEventResponse>) responseObserver);
          break;
        case METHODID_RECORD_EVENTS:
          serviceImpl.recordEvents((kith.engagement.v1.Engagement.RecordEventsRequest) request,
              (io.grpc.stub.StreamObserver<kith.engagement.v1.Engagement.RecordEventsResponse>) responseObserver);
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

  private static abstract class ActivityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ActivityServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.engagement.v1.Engagement.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ActivityService");
    }
  }

  private static final class ActivityServiceFileDescriptorSupplier
      extends ActivityServiceBaseDescriptorSupplier {
    ActivityServiceFileDescriptorSupplier() {}
  }

  private static final class ActivityServiceMethodDescriptorSupplier
      extends ActivityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ActivityServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ActivityServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ActivityServiceFileDescriptorSupplier())
              .addMethod(getRecordLoginMethod())
              .addMethod(getRecordEventMethod())
              .addMethod(getRecordEventsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
