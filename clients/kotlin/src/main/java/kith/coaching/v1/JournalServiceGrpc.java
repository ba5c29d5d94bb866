package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * A member's journal: each entry's sentiment, label and emotions are
 * scored on the server without any AI (a lexicon), so nothing leaves it.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class JournalServiceGrpc {

  private JournalServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.JournalService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateEntryRequest,
      kith.coaching.v1.Coaching.CreateEntryResponse> getCreateEntryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateEntry",
      requestType = kith.coaching.v1.Coaching.CreateEntryRequest.class,
      responseType = kith.coaching.v1.Coaching.CreateEntryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateEntryRequest,
      kith.coaching.v1.Coaching.CreateEntryResponse> getCreateEntryMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateEntryRequest, kith.coaching.v1.Coaching.CreateEntryResponse> getCreateEntryMethod;
    if ((getCreateEntryMethod = JournalServiceGrpc.getCreateEntryMethod) == null) {
      synchronized (JournalServiceGrpc.class) {
        if ((getCreateEntryMethod = JournalServiceGrpc.getCreateEntryMethod) == null) {
          JournalServiceGrpc.getCreateEntryMethod = getCreateEntryMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.CreateEntryRequest, kith.coaching.v1.Coaching.CreateEntryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateEntry"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateEntryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateEntryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JournalServiceMethodDescriptorSupplier("CreateEntry"))
              .build();
        }
      }
    }
    return getCreateEntryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListEntriesRequest,
      kith.coaching.v1.Coaching.ListEntriesResponse> getListEntriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListEntries",
      requestType = kith.coaching.v1.Coaching.ListEntriesRequest.class,
      responseType = kith.coaching.v1.Coaching.ListEntriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListEntriesRequest,
      kith.coaching.v1.Coaching.ListEntriesResponse> getListEntriesMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListEntriesRequest, kith.coaching.v1.Coaching.ListEntriesResponse> getListEntriesMethod;
    if ((getListEntriesMethod = JournalServiceGrpc.getListEntriesMethod) == null) {
      synchronized (JournalServiceGrpc.class) {
        if ((getListEntriesMethod = JournalServiceGrpc.getListEntriesMethod) == null) {
          JournalServiceGrpc.getListEntriesMethod = getListEntriesMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListEntriesRequest, kith.coaching.v1.Coaching.ListEntriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListEntries"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListEntriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListEntriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JournalServiceMethodDescriptorSupplier("ListEntries"))
              .build();
        }
      }
    }
    return getListEntriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ShareEntryRequest,
      kith.coaching.v1.Coaching.ShareEntryResponse> getShareEntryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ShareEntry",
      requestType = kith.coaching.v1.Coaching.ShareEntryRequest.class,
      responseType = kith.coaching.v1.Coaching.ShareEntryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ShareEntryRequest,
      kith.coaching.v1.Coaching.ShareEntryResponse> getShareEntryMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ShareEntryRequest, kith.coaching.v1.Coaching.ShareEntryResponse> getShareEntryMethod;
    if ((getShareEntryMethod = JournalServiceGrpc.getShareEntryMethod) == null) {
      synchronized (JournalServiceGrpc.class) {
        if ((getShareEntryMethod = JournalServiceGrpc.getShareEntryMethod) == null) {
          JournalServiceGrpc.getShareEntryMethod = getShareEntryMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ShareEntryRequest, kith.coaching.v1.Coaching.ShareEntryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ShareEntry"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ShareEntryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ShareEntryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JournalServiceMethodDescriptorSupplier("ShareEntry"))
              .build();
        }
      }
    }
    return getShareEntryMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static JournalServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JournalServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JournalServiceStub>() {
        @java.lang.Override
        public JournalServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JournalServiceStub(channel, callOptions);
        }
      };
    return JournalServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static JournalServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JournalServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JournalServiceBlockingStub>() {
        @java.lang.Override
        public JournalServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JournalServiceBlockingStub(channel, callOptions);
        }
      };
    return JournalServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static JournalServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JournalServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JournalServiceFutureStub>() {
        @java.lang.Override
        public JournalServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JournalServiceFutureStub(channel, callOptions);
        }
      };
    return JournalServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * A member's journal: each entry's sentiment, label and emotions are
   * scored on the server without any AI (a lexicon), so nothing leaves it.
   * </pre>
   */
  public static abstract class JournalServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void createEntry(kith.coaching.v1.Coaching.CreateEntryRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateEntryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateEntryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listEntries(kith.coaching.v1.Coaching.ListEntriesRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListEntriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListEntriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Shares an entry with the caller's mentor (or stops sharing it). Only
     * shared entries are ever shown to a mentor.
     * </pre>
     */
    public void shareEntry(kith.coaching.v1.Coaching.ShareEntryRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ShareEntryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getShareEntryMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateEntryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.CreateEntryRequest,
                kith.coaching.v1.Coaching.CreateEntryResponse>(
                  this, METHODID_CREATE_ENTRY)))
          .addMethod(
            getListEntriesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListEntriesRequest,
                kith.coaching.v1.Coaching.ListEntriesResponse>(
                  this, METHODID_LIST_ENTRIES)))
          .addMethod(
            getShareEntryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ShareEntryRequest,
                kith.coaching.v1.Coaching.ShareEntryResponse>(
                  this, METHODID_SHARE_ENTRY)))
          .build();
    }
  }

  /**
   * <pre>
   * A member's journal: each entry's sentiment, label and emotions are
   * scored on the server without any AI (a lexicon), so nothing leaves it.
   * </pre>
   */
  public static final class JournalServiceStub extends io.grpc.stub.AbstractAsyncStub<JournalServiceStub> {
    private JournalServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JournalServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JournalServiceStub(channel, callOptions);
    }

    /**
     */
    public void createEntry(kith.coaching.v1.Coaching.CreateEntryRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateEntryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateEntryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listEntries(kith.coaching.v1.Coaching.ListEntriesRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListEntriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListEntriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Shares an entry with the caller's mentor (or stops sharing it). Only
     * shared entries are ever shown to a mentor.
     * </pre>
     */
    public void shareEntry(kith.coaching.v1.Coaching.ShareEntryRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ShareEntryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getShareEntryMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * A member's journal: each entry's sentiment, label and emotions are
   * scored on the server without any AI (a lexicon), so nothing leaves it.
   * </pre>
   */
  public static final class JournalServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<JournalServiceBlockingStub> {
    private JournalServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JournalServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JournalServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.coaching.v1.Coaching.CreateEntryResponse createEntry(kith.coaching.v1.Coaching.CreateEntryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateEntryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListEntriesResponse listEntries(kith.coaching.v1.Coaching.ListEntriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListEntriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Shares an entry with the caller's mentor (or stops sharing it). Only
     * shared entries are ever shown to a mentor.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ShareEntryResponse shareEntry(kith.coaching.v1.Coaching.ShareEntryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getShareEntryMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * A member's journal: each entry's sentiment, label and emotions are
   * scored on the server without any AI (a lexicon), so nothing leaves it.
   * </pre>
   */
  public static final class JournalServiceFutureStub extends io.grpc.stub.AbstractFutureStub<JournalServiceFutureStub> {
    private JournalServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JournalServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JournalServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.CreateEntryResponse> createEntry(
        kith.coaching.v1.Coaching.CreateEntryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateEntryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListEntriesResponse> listEntries(
        kith.coaching.v1.Coaching.ListEntriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListEntriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Shares an entry with the caller's mentor (or stops sharing it). Only
     * shared entries are ever shown to a mentor.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ShareEntryResponse> shareEntry(
        kith.coaching.v1.Coaching.ShareEntryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getShareEntryMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ENTRY = 0;
  private static final int METHODID_LIST_ENTRIES = 1;
  private static final int METHODID_SHARE_ENTRY = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final JournalServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(JournalServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_ENTRY:
          serviceImpl.createEntry((kith.coaching.v1.Coaching.CreateEntryRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateEntryResponse>) responseObserver);
          break;
        case METHODID_LIST_ENTRIES:
          serviceImpl.listEntries((kith.coaching.v1.Coaching.ListEntriesRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListEntriesResponse>) responseObserver);
          break;
        case METHODID_SHARE_ENTRY:
          serviceImpl.shareEntry((kith.coaching.v1.Coaching.ShareEntryRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ShareEntryResponse>) responseObserver);
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

  private static abstract class JournalServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    JournalServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("JournalService");
    }
  }

  private static final class JournalServiceFileDescriptorSupplier
      extends JournalServiceBaseDescriptorSupplier {
    JournalServiceFileDescriptorSupplier() {}
  }

  private static final class JournalServiceMethodDescriptorSupplier
      extends JournalServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    JournalServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (JournalServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new JournalServiceFileDescriptorSupplier())
              .addMethod(getCreateEntryMethod())
              .addMethod(getListEntriesMethod())
              .addMethod(getShareEntryMethod())
              .build();
        }
      }
    }
    return result;
  }
}
