package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The warehouse export (admin role): users, goals, check-ins and journal
 * entries in dimension and fact shape, sent incrementally. The same changes
 * are written as gzip CSV files to the configured export folder every 5
 * minutes (see the README for loading them into DuckDB).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ExportServiceGrpc {

  private ExportServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.ExportService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ExportChangesRequest,
      kith.coaching.v1.Coaching.ExportChangesResponse> getExportChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExportChanges",
      requestType = kith.coaching.v1.Coaching.ExportChangesRequest.class,
      responseType = kith.coaching.v1.Coaching.ExportChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ExportChangesRequest,
      kith.coaching.v1.Coaching.ExportChangesResponse> getExportChangesMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ExportChangesRequest, kith.coaching.v1.Coaching.ExportChangesResponse> getExportChangesMethod;
    if ((getExportChangesMethod = ExportServiceGrpc.getExportChangesMethod) == null) {
      synchronized (ExportServiceGrpc.class) {
        if ((getExportChangesMethod = ExportServiceGrpc.getExportChangesMethod) == null) {
          ExportServiceGrpc.getExportChangesMethod = getExportChangesMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ExportChangesRequest, kith.coaching.v1.Coaching.ExportChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExportChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ExportChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ExportChangesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExportServiceMethodDescriptorSupplier("ExportChanges"))
              .build();
        }
      }
    }
    return getExportChangesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ExportServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExportServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExportServiceStub>() {
        @java.lang.Override
        public ExportServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExportServiceStub(channel, callOptions);
        }
      };
    return ExportServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ExportServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExportServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExportServiceBlockingStub>() {
        @java.lang.Override
        public ExportServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExportServiceBlockingStub(channel, callOptions);
        }
      };
    return ExportServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ExportServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExportServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExportServiceFutureStub>() {
        @java.lang.Override
        public ExportServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExportServiceFutureStub(channel, callOptions);
        }
      };
    return ExportServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The warehouse export (admin role): users, goals, check-ins and journal
   * entries in dimension and fact shape, sent incrementally. The same changes
   * are written as gzip CSV files to the configured export folder every 5
   * minutes (see the README for loading them into DuckDB).
   * </pre>
   */
  public static abstract class ExportServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Streams every change after since_watermark (0: everything), a batch of
     * one kind of row per message; the last message has done set and the
     * watermark to pass next time. A row changed several times comes once,
     * as it is now; a row changed again later comes again. Journal text and
     * check-in notes are not exported.
     * </pre>
     */
    public void exportChanges(kith.coaching.v1.Coaching.ExportChangesRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ExportChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExportChangesMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getExportChangesMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ExportChangesRequest,
                kith.coaching.v1.Coaching.ExportChangesResponse>(
                  this, METHODID_EXPORT_CHANGES)))
          .build();
    }
  }

  /**
   * <pre>
   * The warehouse export (admin role): users, goals, check-ins and journal
   * entries in dimension and fact shape, sent incrementally. The same changes
   * are written as gzip CSV files to the configured export folder every 5
   * minutes (see the README for loading them into DuckDB).
   * </pre>
   */
  public static final class ExportServiceStub extends io.grpc.stub.AbstractAsyncStub<ExportServiceStub> {
    private ExportServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExportServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExportServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams every change after since_watermark (0: everything), a batch of
     * one kind of row per message; the last message has done set and the
     * watermark to pass next time. A row changed several times comes once,
     * as it is now; a row changed again later comes again. Journal text and
     * check-in notes are not exported.
     * </pre>
     */
    public void exportChanges(kith.coaching.v1.Coaching.ExportChangesRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ExportChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getExportChangesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The warehouse export (admin role): users, goals, check-ins and journal
   * entries in dimension and fact shape, sent incrementally. The same changes
   * are written as gzip CSV files to the configured export folder every 5
   * minutes (see the README for loading them into DuckDB).
   * </pre>
   */
  public static final class ExportServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ExportServiceBlockingStub> {
    private ExportServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExportServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExportServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams every change after since_watermark (0: everything), a batch of
     * one kind of row per message; the last message has done set and the
     * watermark to pass next time. A row changed several times comes once,
     * as it is now; a row changed again later comes again. Journal text and
     * check-in notes are not exported.
     * </pre>
     */
    public java.util.Iterator<kith.coaching.v1.Coaching.ExportChangesResponse> exportChanges(
        kith.coaching.v1.Coaching.ExportChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getExportChangesMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The warehouse export (admin role): users, goals, check-ins and journal
   * entries in dimension and fact shape, sent incrementally. The same changes
   * are written as gzip CSV files to the configured export folder every 5
   * minutes (see the README for loading them into DuckDB).
   * </pre>
   */
  public static final class ExportServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ExportServiceFutureStub> {
    private ExportServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExportServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExportServiceFutureStub(channel, callOptions);
    }
  }

  private static final int METHODID_EXPORT_CHANGES = 0;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ExportServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ExportServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_EXPORT_CHANGES:
          serviceImpl.exportChanges((kith.coaching.v1.Coaching.ExportChangesRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ExportChangesResponse>) responseObserver);
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

  private static abstract class ExportServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ExportServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ExportService");
    }
  }

  private static final class ExportServiceFileDescriptorSupplier
      extends ExportServiceBaseDescriptorSupplier {
    ExportServiceFileDescriptorSupplier() {}
  }

  private static final class ExportServiceMethodDescriptorSupplier
      extends ExportServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ExportServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ExportServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ExportServiceFileDescriptorSupplier())
              .addMethod(getExportChangesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
