package kith.cases.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * External registries (e.g. a government missing-persons table) synced
 * into cases through a mapping of their columns to case fields. Admins
 * only: anyone else gets PERMISSION_DENIED from every method. A source's
 * connection string is encrypted at rest and never sent back. Every query
 * sent to a source is in its query log; every change is in the audit
 * trail.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/cases/v1/sources.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ExternalSourceServiceGrpc {

  private ExternalSourceServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.cases.v1.ExternalSourceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.CreateExternalSourceRequest,
      kith.cases.v1.Sources.CreateExternalSourceResponse> getCreateExternalSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateExternalSource",
      requestType = kith.cases.v1.Sources.CreateExternalSourceRequest.class,
      responseType = kith.cases.v1.Sources.CreateExternalSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.CreateExternalSourceRequest,
      kith.cases.v1.Sources.CreateExternalSourceResponse> getCreateExternalSourceMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.CreateExternalSourceRequest, kith.cases.v1.Sources.CreateExternalSourceResponse> getCreateExternalSourceMethod;
    if ((getCreateExternalSourceMethod = ExternalSourceServiceGrpc.getCreateExternalSourceMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getCreateExternalSourceMethod = ExternalSourceServiceGrpc.getCreateExternalSourceMethod) == null) {
          ExternalSourceServiceGrpc.getCreateExternalSourceMethod = getCreateExternalSourceMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.CreateExternalSourceRequest, kith.cases.v1.Sources.CreateExternalSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateExternalSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.CreateExternalSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.CreateExternalSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("CreateExternalSource"))
              .build();
        }
      }
    }
    return getCreateExternalSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListExternalSourcesRequest,
      kith.cases.v1.Sources.ListExternalSourcesResponse> getListExternalSourcesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListExternalSources",
      requestType = kith.cases.v1.Sources.ListExternalSourcesRequest.class,
      responseType = kith.cases.v1.Sources.ListExternalSourcesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListExternalSourcesRequest,
      kith.cases.v1.Sources.ListExternalSourcesResponse> getListExternalSourcesMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListExternalSourcesRequest, kith.cases.v1.Sources.ListExternalSourcesResponse> getListExternalSourcesMethod;
    if ((getListExternalSourcesMethod = ExternalSourceServiceGrpc.getListExternalSourcesMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getListExternalSourcesMethod = ExternalSourceServiceGrpc.getListExternalSourcesMethod) == null) {
          ExternalSourceServiceGrpc.getListExternalSourcesMethod = getListExternalSourcesMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.ListExternalSourcesRequest, kith.cases.v1.Sources.ListExternalSourcesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListExternalSources"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.ListExternalSourcesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.ListExternalSourcesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("ListExternalSources"))
              .build();
        }
      }
    }
    return getListExternalSourcesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.UpdateExternalSourceRequest,
      kith.cases.v1.Sources.UpdateExternalSourceResponse> getUpdateExternalSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateExternalSource",
      requestType = kith.cases.v1.Sources.UpdateExternalSourceRequest.class,
      responseType = kith.cases.v1.Sources.UpdateExternalSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.UpdateExternalSourceRequest,
      kith.cases.v1.Sources.UpdateExternalSourceResponse> getUpdateExternalSourceMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.UpdateExternalSourceRequest, kith.cases.v1.Sources.UpdateExternalSourceResponse> getUpdateExternalSourceMethod;
    if ((getUpdateExternalSourceMethod = ExternalSourceServiceGrpc.getUpdateExternalSourceMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getUpdateExternalSourceMethod = ExternalSourceServiceGrpc.getUpdateExternalSourceMethod) == null) {
          ExternalSourceServiceGrpc.getUpdateExternalSourceMethod = getUpdateExternalSourceMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.UpdateExternalSourceRequest, kith.cases.v1.Sources.UpdateExternalSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateExternalSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.UpdateExternalSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.UpdateExternalSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("UpdateExternalSource"))
              .build();
        }
      }
    }
    return getUpdateExternalSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.DeleteExternalSourceRequest,
      kith.cases.v1.Sources.DeleteExternalSourceResponse> getDeleteExternalSourceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteExternalSource",
      requestType = kith.cases.v1.Sources.DeleteExternalSourceRequest.class,
      responseType = kith.cases.v1.Sources.DeleteExternalSourceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.DeleteExternalSourceRequest,
      kith.cases.v1.Sources.DeleteExternalSourceResponse> getDeleteExternalSourceMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.DeleteExternalSourceRequest, kith.cases.v1.Sources.DeleteExternalSourceResponse> getDeleteExternalSourceMethod;
    if ((getDeleteExternalSourceMethod = ExternalSourceServiceGrpc.getDeleteExternalSourceMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getDeleteExternalSourceMethod = ExternalSourceServiceGrpc.getDeleteExternalSourceMethod) == null) {
          ExternalSourceServiceGrpc.getDeleteExternalSourceMethod = getDeleteExternalSourceMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.DeleteExternalSourceRequest, kith.cases.v1.Sources.DeleteExternalSourceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteExternalSource"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.DeleteExternalSourceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.DeleteExternalSourceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("DeleteExternalSource"))
              .build();
        }
      }
    }
    return getDeleteExternalSourceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.TestConnectionRequest,
      kith.cases.v1.Sources.TestConnectionResponse> getTestConnectionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TestConnection",
      requestType = kith.cases.v1.Sources.TestConnectionRequest.class,
      responseType = kith.cases.v1.Sources.TestConnectionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.TestConnectionRequest,
      kith.cases.v1.Sources.TestConnectionResponse> getTestConnectionMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.TestConnectionRequest, kith.cases.v1.Sources.TestConnectionResponse> getTestConnectionMethod;
    if ((getTestConnectionMethod = ExternalSourceServiceGrpc.getTestConnectionMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getTestConnectionMethod = ExternalSourceServiceGrpc.getTestConnectionMethod) == null) {
          ExternalSourceServiceGrpc.getTestConnectionMethod = getTestConnectionMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.TestConnectionRequest, kith.cases.v1.Sources.TestConnectionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TestConnection"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.TestConnectionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.TestConnectionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("TestConnection"))
              .build();
        }
      }
    }
    return getTestConnectionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.SyncNowRequest,
      kith.cases.v1.Sources.SyncNowResponse> getSyncNowMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SyncNow",
      requestType = kith.cases.v1.Sources.SyncNowRequest.class,
      responseType = kith.cases.v1.Sources.SyncNowResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.SyncNowRequest,
      kith.cases.v1.Sources.SyncNowResponse> getSyncNowMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.SyncNowRequest, kith.cases.v1.Sources.SyncNowResponse> getSyncNowMethod;
    if ((getSyncNowMethod = ExternalSourceServiceGrpc.getSyncNowMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getSyncNowMethod = ExternalSourceServiceGrpc.getSyncNowMethod) == null) {
          ExternalSourceServiceGrpc.getSyncNowMethod = getSyncNowMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.SyncNowRequest, kith.cases.v1.Sources.SyncNowResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SyncNow"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.SyncNowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.SyncNowResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("SyncNow"))
              .build();
        }
      }
    }
    return getSyncNowMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListSyncLogsRequest,
      kith.cases.v1.Sources.ListSyncLogsResponse> getListSyncLogsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSyncLogs",
      requestType = kith.cases.v1.Sources.ListSyncLogsRequest.class,
      responseType = kith.cases.v1.Sources.ListSyncLogsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListSyncLogsRequest,
      kith.cases.v1.Sources.ListSyncLogsResponse> getListSyncLogsMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListSyncLogsRequest, kith.cases.v1.Sources.ListSyncLogsResponse> getListSyncLogsMethod;
    if ((getListSyncLogsMethod = ExternalSourceServiceGrpc.getListSyncLogsMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getListSyncLogsMethod = ExternalSourceServiceGrpc.getListSyncLogsMethod) == null) {
          ExternalSourceServiceGrpc.getListSyncLogsMethod = getListSyncLogsMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.ListSyncLogsRequest, kith.cases.v1.Sources.ListSyncLogsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSyncLogs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.ListSyncLogsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.ListSyncLogsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("ListSyncLogs"))
              .build();
        }
      }
    }
    return getListSyncLogsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListQueryLogsRequest,
      kith.cases.v1.Sources.ListQueryLogsResponse> getListQueryLogsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListQueryLogs",
      requestType = kith.cases.v1.Sources.ListQueryLogsRequest.class,
      responseType = kith.cases.v1.Sources.ListQueryLogsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListQueryLogsRequest,
      kith.cases.v1.Sources.ListQueryLogsResponse> getListQueryLogsMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Sources.ListQueryLogsRequest, kith.cases.v1.Sources.ListQueryLogsResponse> getListQueryLogsMethod;
    if ((getListQueryLogsMethod = ExternalSourceServiceGrpc.getListQueryLogsMethod) == null) {
      synchronized (ExternalSourceServiceGrpc.class) {
        if ((getListQueryLogsMethod = ExternalSourceServiceGrpc.getListQueryLogsMethod) == null) {
          ExternalSourceServiceGrpc.getListQueryLogsMethod = getListQueryLogsMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Sources.ListQueryLogsRequest, kith.cases.v1.Sources.ListQueryLogsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListQueryLogs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.ListQueryLogsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Sources.ListQueryLogsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExternalSourceServiceMethodDescriptorSupplier("ListQueryLogs"))
              .build();
        }
      }
    }
    return getListQueryLogsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ExternalSourceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExternalSourceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExternalSourceServiceStub>() {
        @java.lang.Override
        public ExternalSourceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExternalSourceServiceStub(channel, callOptions);
        }
      };
    return ExternalSourceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ExternalSourceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExternalSourceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExternalSourceServiceBlockingStub>() {
        @java.lang.Override
        public ExternalSourceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExternalSourceServiceBlockingStub(channel, callOptions);
        }
      };
    return ExternalSourceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ExternalSourceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExternalSourceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExternalSourceServiceFutureStub>() {
        @java.lang.Override
        public ExternalSourceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExternalSourceServiceFutureStub(channel, callOptions);
        }
      };
    return ExternalSourceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * External registries (e.g. a government missing-persons table) synced
   * into cases through a mapping of their columns to case fields. Admins
   * only: anyone else gets PERMISSION_DENIED from every method. A source's
   * connection string is encrypted at rest and never sent back. Every query
   * sent to a source is in its query log; every change is in the audit
   * trail.
   * </pre>
   */
  public static abstract class ExternalSourceServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void createExternalSource(kith.cases.v1.Sources.CreateExternalSourceRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.CreateExternalSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateExternalSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * By name.
     * </pre>
     */
    public void listExternalSources(kith.cases.v1.Sources.ListExternalSourcesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListExternalSourcesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListExternalSourcesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths name ExternalSource fields, plus connection_string.
     * </pre>
     */
    public void updateExternalSource(kith.cases.v1.Sources.UpdateExternalSourceRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.UpdateExternalSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateExternalSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Its logs go with it; the cases it synced stay (no longer linked).
     * </pre>
     */
    public void deleteExternalSource(kith.cases.v1.Sources.DeleteExternalSourceRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.DeleteExternalSourceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteExternalSourceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Connects, checks the table and every mapped column, and counts the
     * table's rows. A source that cannot be reached answers ok = false with
     * the problem, not an error status.
     * </pre>
     */
    public void testConnection(kith.cases.v1.Sources.TestConnectionRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.TestConnectionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTestConnectionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pulls every row and creates or updates the source's cases, then
     * answers with the finished log. A run that could not read the source
     * is a FAILED log, not an error status. FAILED_PRECONDITION while
     * another sync of the source is under way, or when it is disabled.
     * </pre>
     */
    public void syncNow(kith.cases.v1.Sources.SyncNowRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.SyncNowResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSyncNowMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listSyncLogs(kith.cases.v1.Sources.ListSyncLogsRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListSyncLogsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSyncLogsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listQueryLogs(kith.cases.v1.Sources.ListQueryLogsRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListQueryLogsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListQueryLogsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateExternalSourceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.CreateExternalSourceRequest,
                kith.cases.v1.Sources.CreateExternalSourceResponse>(
                  this, METHODID_CREATE_EXTERNAL_SOURCE)))
          .addMethod(
            getListExternalSourcesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.ListExternalSourcesRequest,
                kith.cases.v1.Sources.ListExternalSourcesResponse>(
                  this, METHODID_LIST_EXTERNAL_SOURCES)))
          .addMethod(
            getUpdateExternalSourceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.UpdateExternalSourceRequest,
                kith.cases.v1.Sources.UpdateExternalSourceResponse>(
                  this, METHODID_UPDATE_EXTERNAL_SOURCE)))
          .addMethod(
            getDeleteExternalSourceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.DeleteExternalSourceRequest,
                kith.cases.v1.Sources.DeleteExternalSourceResponse>(
                  this, METHODID_DELETE_EXTERNAL_SOURCE)))
          .addMethod(
            getTestConnectionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.TestConnectionRequest,
                kith.cases.v1.Sources.TestConnectionResponse>(
                  this, METHODID_TEST_CONNECTION)))
          .addMethod(
            getSyncNowMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.SyncNowRequest,
                kith.cases.v1.Sources.SyncNowResponse>(
                  this, METHODID_SYNC_NOW)))
          .addMethod(
            getListSyncLogsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.ListSyncLogsRequest,
                kith.cases.v1.Sources.ListSyncLogsResponse>(
                  this, METHODID_LIST_SYNC_LOGS)))
          .addMethod(
            getListQueryLogsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Sources.ListQueryLogsRequest,
                kith.cases.v1.Sources.ListQueryLogsResponse>(
                  this, METHODID_LIST_QUERY_LOGS)))
          .build();
    }
  }

  /**
   * <pre>
   * External registries (e.g. a government missing-persons table) synced
   * into cases through a mapping of their columns to case fields. Admins
   * only: anyone else gets PERMISSION_DENIED from every method. A source's
   * connection string is encrypted at rest and never sent back. Every query
   * sent to a source is in its query log; every change is in the audit
   * trail.
   * </pre>
   */
  public static final class ExternalSourceServiceStub extends io.grpc.stub.AbstractAsyncStub<ExternalSourceServiceStub> {
    private ExternalSourceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExternalSourceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExternalSourceServiceStub(channel, callOptions);
    }

    /**
     */
    public void createExternalSource(kith.cases.v1.Sources.CreateExternalSourceRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.CreateExternalSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateExternalSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * By name.
     * </pre>
     */
    public void listExternalSources(kith.cases.v1.Sources.ListExternalSourcesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListExternalSourcesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListExternalSourcesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths name ExternalSource fields, plus connection_string.
     * </pre>
     */
    public void updateExternalSource(kith.cases.v1.Sources.UpdateExternalSourceRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.UpdateExternalSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateExternalSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Its logs go with it; the cases it synced stay (no longer linked).
     * </pre>
     */
    public void deleteExternalSource(kith.cases.v1.Sources.DeleteExternalSourceRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.DeleteExternalSourceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteExternalSourceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Connects, checks the table and every mapped column, and counts the
     * table's rows. A source that cannot be reached answers ok = false with
     * the problem, not an error status.
     * </pre>
     */
    public void testConnection(kith.cases.v1.Sources.TestConnectionRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.TestConnectionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTestConnectionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pulls every row and creates or updates the source's cases, then
     * answers with the finished log. A run that could not read the source
     * is a FAILED log, not an error status. FAILED_PRECONDITION while
     * another sync of the source is under way, or when it is disabled.
     * </pre>
     */
    public void syncNow(kith.cases.v1.Sources.SyncNowRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.SyncNowResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSyncNowMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listSyncLogs(kith.cases.v1.Sources.ListSyncLogsRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListSyncLogsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSyncLogsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listQueryLogs(kith.cases.v1.Sources.ListQueryLogsRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListQueryLogsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListQueryLogsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * External registries (e.g. a government missing-persons table) synced
   * into cases through a mapping of their columns to case fields. Admins
   * only: anyone else gets PERMISSION_DENIED from every method. A source's
   * connection string is encrypted at rest and never sent back. Every query
   * sent to a source is in its query log; every change is in the audit
   * trail.
   * </pre>
   */
  public static final class ExternalSourceServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ExternalSourceServiceBlockingStub> {
    private ExternalSourceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExternalSourceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExternalSourceServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.cases.v1.Sources.CreateExternalSourceResponse createExternalSource(kith.cases.v1.Sources.CreateExternalSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateExternalSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * By name.
     * </pre>
     */
    public kith.cases.v1.Sources.ListExternalSourcesResponse listExternalSources(kith.cases.v1.Sources.ListExternalSourcesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListExternalSourcesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths name ExternalSource fields, plus connection_string.
     * </pre>
     */
    public kith.cases.v1.Sources.UpdateExternalSourceResponse updateExternalSource(kith.cases.v1.Sources.UpdateExternalSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateExternalSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Its logs go with it; the cases it synced stay (no longer linked).
     * </pre>
     */
    public kith.cases.v1.Sources.DeleteExternalSourceResponse deleteExternalSource(kith.cases.v1.Sources.DeleteExternalSourceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteExternalSourceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Connects, checks the table and every mapped column, and counts the
     * table's rows. A source that cannot be reached answers ok = false with
     * the problem, not an error status.
     * </pre>
     */
    public kith.cases.v1.Sources.TestConnectionResponse testConnection(kith.cases.v1.Sources.TestConnectionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTestConnectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pulls every row and creates or updates the source's cases, then
     * answers with the finished log. A run that could not read the source
     * is a FAILED log, not an error status. FAILED_PRECONDITION while
     * another sync of the source is under way, or when it is disabled.
     * </pre>
     */
    public kith.cases.v1.Sources.SyncNowResponse syncNow(kith.cases.v1.Sources.SyncNowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSyncNowMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public kith.cases.v1.Sources.ListSyncLogsResponse listSyncLogs(kith.cases.v1.Sources.ListSyncLogsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSyncLogsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public kith.cases.v1.Sources.ListQueryLogsResponse listQueryLogs(kith.cases.v1.Sources.ListQueryLogsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListQueryLogsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * External registries (e.g. a government missing-persons table) synced
   * into cases through a mapping of their columns to case fields. Admins
   * only: anyone else gets PERMISSION_DENIED from every method. A source's
   * connection string is encrypted at rest and never sent back. Every query
   * sent to a source is in its query log; every change is in the audit
   * trail.
   * </pre>
   */
  public static final class ExternalSourceServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ExternalSourceServiceFutureStub> {
    private ExternalSourceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExternalSourceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExternalSourceServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.CreateExternalSourceResponse> createExternalSource(
        kith.cases.v1.Sources.CreateExternalSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateExternalSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * By name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.ListExternalSourcesResponse> listExternalSources(
        kith.cases.v1.Sources.ListExternalSourcesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListExternalSourcesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths name ExternalSource fields, plus connection_string.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.UpdateExternalSourceResponse> updateExternalSource(
        kith.cases.v1.Sources.UpdateExternalSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateExternalSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Its logs go with it; the cases it synced stay (no longer linked).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.DeleteExternalSourceResponse> deleteExternalSource(
        kith.cases.v1.Sources.DeleteExternalSourceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteExternalSourceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Connects, checks the table and every mapped column, and counts the
     * table's rows. A source that cannot be reached answers ok = false with
     * the problem, not an error status.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.TestConnectionResponse> testConnection(
        kith.cases.v1.Sources.TestConnectionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTestConnectionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pulls every row and creates or updates the source's cases, then
     * answers with the finished log. A run that could not read the source
     * is a FAILED log, not an error status. FAILED_PRECONDITION while
     * another sync of the source is under way, or when it is disabled.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.SyncNowResponse> syncNow(
        kith.cases.v1.Sources.SyncNowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSyncNowMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.ListSyncLogsResponse> listSyncLogs(
        kith.cases.v1.Sources.ListSyncLogsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSyncLogsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Sources.ListQueryLogsResponse> listQueryLogs(
        kith.cases.v1.Sources.ListQueryLogsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListQueryLogsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_EXTERNAL_SOURCE = 0;
  private static final int METHODID_LIST_EXTERNAL_SOURCES = 1;
  private static final int METHODID_UPDATE_EXTERNAL_SOURCE = 2;
  private static final int METHODID_DELETE_EXTERNAL_SOURCE = 3;
  private static final int METHODID_TEST_CONNECTION = 4;
  private static final int METHODID_SYNC_NOW = 5;
  private static final int METHODID_LIST_SYNC_LOGS = 6;
  private static final int METHODID_LIST_QUERY_LOGS = 7;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ExternalSourceServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ExternalSourceServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_EXTERNAL_SOURCE:
          serviceImpl.createExternalSource((kith.cases.v1.Sources.CreateExternalSourceRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.CreateExternalSourceResponse>) responseObserver);
          break;
        case METHODID_LIST_EXTERNAL_SOURCES:
          serviceImpl.listExternalSources((kith.cases.v1.Sources.ListExternalSourcesRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListExternalSourcesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_EXTERNAL_SOURCE:
          serviceImpl.updateExternalSource((kith.cases.v1.Sources.UpdateExternalSourceRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.UpdateExternalSourceResponse>) responseObserver);
          break;
        case METHODID_DELETE_EXTERNAL_SOURCE:
          serviceImpl.deleteExternalSource((kith.cases.v1.Sources.DeleteExternalSourceRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.DeleteExternalSourceResponse>) responseObserver);
          break;
        case METHODID_TEST_CONNECTION:
          serviceImpl.testConnection((kith.cases.v1.Sources.TestConnectionRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.TestConnectionResponse>) responseObserver);
          break;
        case METHODID_SYNC_NOW:
          serviceImpl.syncNow((kith.cases.v1.Sources.SyncNowRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.SyncNowResponse>) responseObserver);
          break;
        case METHODID_LIST_SYNC_LOGS:
          serviceImpl.listSyncLogs((kith.cases.v1.Sources.ListSyncLogsRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListSyncLogsResponse>) responseObserver);
          break;
        case METHODID_LIST_QUERY_LOGS:
          serviceImpl.listQueryLogs((kith.cases.v1.Sources.ListQueryLogsRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Sources.ListQueryLogsResponse>) responseObserver);
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

  private static abstract class ExternalSourceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ExternalSourceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.cases.v1.Sources.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ExternalSourceService");
    }
  }

  private static final class ExternalSourceServiceFileDescriptorSupplier
      extends ExternalSourceServiceBaseDescriptorSupplier {
    ExternalSourceServiceFileDescriptorSupplier() {}
  }

  private static final class ExternalSourceServiceMethodDescriptorSupplier
      extends ExternalSourceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ExternalSourceServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ExternalSourceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ExternalSourceServiceFileDescriptorSupplier())
              .addMethod(getCreateExternalSourceMethod())
              .addMethod(getListExternalSourcesMethod())
              .addMethod(getUpdateExternalSourceMethod())
              .addMethod(getDeleteExternalSourceMethod())
              .addMethod(getTestConnectionMethod())
              .addMethod(getSyncNowMethod())
              .addMethod(getListSyncLogsMethod())
              .addMethod(getListQueryLogsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
