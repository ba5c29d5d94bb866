package kith.cases.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Missing-person cases. A case_reporter files cases and follows their own
 * and those shared with them; an investigator or admin sees every case.
 * Anyone else sees only cases shared with them. A case the caller may not
 * see reads as missing (NOT_FOUND). Every read and change by an
 * investigator or admin is in the audit trail.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/cases/v1/cases.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class CaseServiceGrpc {

  private CaseServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.cases.v1.CaseService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.CreateCaseRequest,
      kith.cases.v1.Cases.CreateCaseResponse> getCreateCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateCase",
      requestType = kith.cases.v1.Cases.CreateCaseRequest.class,
      responseType = kith.cases.v1.Cases.CreateCaseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.CreateCaseRequest,
      kith.cases.v1.Cases.CreateCaseResponse> getCreateCaseMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.CreateCaseRequest, kith.cases.v1.Cases.CreateCaseResponse> getCreateCaseMethod;
    if ((getCreateCaseMethod = CaseServiceGrpc.getCreateCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getCreateCaseMethod = CaseServiceGrpc.getCreateCaseMethod) == null) {
          CaseServiceGrpc.getCreateCaseMethod = getCreateCaseMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.CreateCaseRequest, kith.cases.v1.Cases.CreateCaseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.CreateCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.CreateCaseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("CreateCase"))
              .build();
        }
      }
    }
    return getCreateCaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.GetCaseRequest,
      kith.cases.v1.Cases.GetCaseResponse> getGetCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCase",
      requestType = kith.cases.v1.Cases.GetCaseRequest.class,
      responseType = kith.cases.v1.Cases.GetCaseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.GetCaseRequest,
      kith.cases.v1.Cases.GetCaseResponse> getGetCaseMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.GetCaseRequest, kith.cases.v1.Cases.GetCaseResponse> getGetCaseMethod;
    if ((getGetCaseMethod = CaseServiceGrpc.getGetCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getGetCaseMethod = CaseServiceGrpc.getGetCaseMethod) == null) {
          CaseServiceGrpc.getGetCaseMethod = getGetCaseMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.GetCaseRequest, kith.cases.v1.Cases.GetCaseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.GetCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.GetCaseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("GetCase"))
              .build();
        }
      }
    }
    return getGetCaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListCasesRequest,
      kith.cases.v1.Cases.ListCasesResponse> getListCasesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCases",
      requestType = kith.cases.v1.Cases.ListCasesRequest.class,
      responseType = kith.cases.v1.Cases.ListCasesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListCasesRequest,
      kith.cases.v1.Cases.ListCasesResponse> getListCasesMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListCasesRequest, kith.cases.v1.Cases.ListCasesResponse> getListCasesMethod;
    if ((getListCasesMethod = CaseServiceGrpc.getListCasesMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getListCasesMethod = CaseServiceGrpc.getListCasesMethod) == null) {
          CaseServiceGrpc.getListCasesMethod = getListCasesMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.ListCasesRequest, kith.cases.v1.Cases.ListCasesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCases"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ListCasesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ListCasesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("ListCases"))
              .build();
        }
      }
    }
    return getListCasesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.UpdateCaseRequest,
      kith.cases.v1.Cases.UpdateCaseResponse> getUpdateCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateCase",
      requestType = kith.cases.v1.Cases.UpdateCaseRequest.class,
      responseType = kith.cases.v1.Cases.UpdateCaseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.UpdateCaseRequest,
      kith.cases.v1.Cases.UpdateCaseResponse> getUpdateCaseMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.UpdateCaseRequest, kith.cases.v1.Cases.UpdateCaseResponse> getUpdateCaseMethod;
    if ((getUpdateCaseMethod = CaseServiceGrpc.getUpdateCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getUpdateCaseMethod = CaseServiceGrpc.getUpdateCaseMethod) == null) {
          CaseServiceGrpc.getUpdateCaseMethod = getUpdateCaseMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.UpdateCaseRequest, kith.cases.v1.Cases.UpdateCaseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.UpdateCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.UpdateCaseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("UpdateCase"))
              .build();
        }
      }
    }
    return getUpdateCaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.CloseCaseRequest,
      kith.cases.v1.Cases.CloseCaseResponse> getCloseCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseCase",
      requestType = kith.cases.v1.Cases.CloseCaseRequest.class,
      responseType = kith.cases.v1.Cases.CloseCaseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.CloseCaseRequest,
      kith.cases.v1.Cases.CloseCaseResponse> getCloseCaseMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.CloseCaseRequest, kith.cases.v1.Cases.CloseCaseResponse> getCloseCaseMethod;
    if ((getCloseCaseMethod = CaseServiceGrpc.getCloseCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getCloseCaseMethod = CaseServiceGrpc.getCloseCaseMethod) == null) {
          CaseServiceGrpc.getCloseCaseMethod = getCloseCaseMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.CloseCaseRequest, kith.cases.v1.Cases.CloseCaseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.CloseCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.CloseCaseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("CloseCase"))
              .build();
        }
      }
    }
    return getCloseCaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.MarkFoundRequest,
      kith.cases.v1.Cases.MarkFoundResponse> getMarkFoundMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkFound",
      requestType = kith.cases.v1.Cases.MarkFoundRequest.class,
      responseType = kith.cases.v1.Cases.MarkFoundResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.MarkFoundRequest,
      kith.cases.v1.Cases.MarkFoundResponse> getMarkFoundMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.MarkFoundRequest, kith.cases.v1.Cases.MarkFoundResponse> getMarkFoundMethod;
    if ((getMarkFoundMethod = CaseServiceGrpc.getMarkFoundMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getMarkFoundMethod = CaseServiceGrpc.getMarkFoundMethod) == null) {
          CaseServiceGrpc.getMarkFoundMethod = getMarkFoundMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.MarkFoundRequest, kith.cases.v1.Cases.MarkFoundResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkFound"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.MarkFoundRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.MarkFoundResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("MarkFound"))
              .build();
        }
      }
    }
    return getMarkFoundMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.ShareCaseRequest,
      kith.cases.v1.Cases.ShareCaseResponse> getShareCaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ShareCase",
      requestType = kith.cases.v1.Cases.ShareCaseRequest.class,
      responseType = kith.cases.v1.Cases.ShareCaseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.ShareCaseRequest,
      kith.cases.v1.Cases.ShareCaseResponse> getShareCaseMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.ShareCaseRequest, kith.cases.v1.Cases.ShareCaseResponse> getShareCaseMethod;
    if ((getShareCaseMethod = CaseServiceGrpc.getShareCaseMethod) == null) {
      synchronized (CaseServiceGrpc.class) {
        if ((getShareCaseMethod = CaseServiceGrpc.getShareCaseMethod) == null) {
          CaseServiceGrpc.getShareCaseMethod = getShareCaseMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.ShareCaseRequest, kith.cases.v1.Cases.ShareCaseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ShareCase"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ShareCaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ShareCaseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CaseServiceMethodDescriptorSupplier("ShareCase"))
              .build();
        }
      }
    }
    return getShareCaseMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CaseServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceStub>() {
        @java.lang.Override
        public CaseServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceStub(channel, callOptions);
        }
      };
    return CaseServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CaseServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceBlockingStub>() {
        @java.lang.Override
        public CaseServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceBlockingStub(channel, callOptions);
        }
      };
    return CaseServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CaseServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CaseServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CaseServiceFutureStub>() {
        @java.lang.Override
        public CaseServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CaseServiceFutureStub(channel, callOptions);
        }
      };
    return CaseServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Missing-person cases. A case_reporter files cases and follows their own
   * and those shared with them; an investigator or admin sees every case.
   * Anyone else sees only cases shared with them. A case the caller may not
   * see reads as missing (NOT_FOUND). Every read and change by an
   * investigator or admin is in the audit trail.
   * </pre>
   */
  public static abstract class CaseServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * case_reporter, investigator or admin.
     * </pre>
     */
    public void createCase(kith.cases.v1.Cases.CreateCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.CreateCaseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateCaseMethod(), responseObserver);
    }

    /**
     */
    public void getCase(kith.cases.v1.Cases.GetCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.GetCaseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCaseMethod(), responseObserver);
    }

    /**
     * <pre>
     * Most recently changed first; filters combine.
     * </pre>
     */
    public void listCases(kith.cases.v1.Cases.ListCasesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListCasesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCasesMethod(), responseObserver);
    }

    /**
     * <pre>
     * The reporter, an investigator or an admin; paths name Case fields.
     * </pre>
     */
    public void updateCase(kith.cases.v1.Cases.UpdateCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UpdateCaseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateCaseMethod(), responseObserver);
    }

    /**
     */
    public void closeCase(kith.cases.v1.Cases.CloseCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.CloseCaseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseCaseMethod(), responseObserver);
    }

    /**
     */
    public void markFound(kith.cases.v1.Cases.MarkFoundRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.MarkFoundResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkFoundMethod(), responseObserver);
    }

    /**
     * <pre>
     * The reporter or an admin grants (or revokes) another user read access.
     * </pre>
     */
    public void shareCase(kith.cases.v1.Cases.ShareCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ShareCaseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getShareCaseMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateCaseMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.CreateCaseRequest,
                kith.cases.v1.Cases.CreateCaseResponse>(
                  this, METHODID_CREATE_CASE)))
          .addMethod(
            getGetCaseMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.GetCaseRequest,
                kith.cases.v1.Cases.GetCaseResponse>(
                  this, METHODID_GET_CASE)))
          .addMethod(
            getListCasesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.ListCasesRequest,
                kith.cases.v1.Cases.ListCasesResponse>(
                  this, METHODID_LIST_CASES)))
          .addMethod(
            getUpdateCaseMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.UpdateCaseRequest,
                kith.cases.v1.Cases.UpdateCaseResponse>(
                  this, METHODID_UPDATE_CASE)))
          .addMethod(
            getCloseCaseMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.CloseCaseRequest,
                kith.cases.v1.Cases.CloseCaseResponse>(
                  this, METHODID_CLOSE_CASE)))
          .addMethod(
            getMarkFoundMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.MarkFoundRequest,
                kith.cases.v1.Cases.MarkFoundResponse>(
                  this, METHODID_MARK_FOUND)))
          .addMethod(
            getShareCaseMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.ShareCaseRequest,
                kith.cases.v1.Cases.ShareCaseResponse>(
                  this, METHODID_SHARE_CASE)))
          .build();
    }
  }

  /**
   * <pre>
   * Missing-person cases. A case_reporter files cases and follows their own
   * and those shared with them; an investigator or admin sees every case.
   * Anyone else sees only cases shared with them. A case the caller may not
   * see reads as missing (NOT_FOUND). Every read and change by an
   * investigator or admin is in the audit trail.
   * </pre>
   */
  public static final class CaseServiceStub extends io.grpc.stub.AbstractAsyncStub<CaseServiceStub> {
    private CaseServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * case_reporter, investigator or admin.
     * </pre>
     */
    public void createCase(kith.cases.v1.Cases.CreateCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.CreateCaseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateCaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getCase(kith.cases.v1.Cases.GetCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.GetCaseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Most recently changed first; filters combine.
     * </pre>
     */
    public void listCases(kith.cases.v1.Cases.ListCasesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListCasesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCasesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The reporter, an investigator or an admin; paths name Case fields.
     * </pre>
     */
    public void updateCase(kith.cases.v1.Cases.UpdateCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UpdateCaseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateCaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void closeCase(kith.cases.v1.Cases.CloseCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.CloseCaseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseCaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void markFound(kith.cases.v1.Cases.MarkFoundRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.MarkFoundResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkFoundMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The reporter or an admin grants (or revokes) another user read access.
     * </pre>
     */
    public void shareCase(kith.cases.v1.Cases.ShareCaseRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ShareCaseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getShareCaseMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Missing-person cases. A case_reporter files cases and follows their own
   * and those shared with them; an investigator or admin sees every case.
   * Anyone else sees only cases shared with them. A case the caller may not
   * see reads as missing (NOT_FOUND). Every read and change by an
   * investigator or admin is in the audit trail.
   * </pre>
   */
  public static final class CaseServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<CaseServiceBlockingStub> {
    private CaseServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * case_reporter, investigator or admin.
     * </pre>
     */
    public kith.cases.v1.Cases.CreateCaseResponse createCase(kith.cases.v1.Cases.CreateCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.cases.v1.Cases.GetCaseResponse getCase(kith.cases.v1.Cases.GetCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCaseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Most recently changed first; filters combine.
     * </pre>
     */
    public kith.cases.v1.Cases.ListCasesResponse listCases(kith.cases.v1.Cases.ListCasesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCasesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The reporter, an investigator or an admin; paths name Case fields.
     * </pre>
     */
    public kith.cases.v1.Cases.UpdateCaseResponse updateCase(kith.cases.v1.Cases.UpdateCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.cases.v1.Cases.CloseCaseResponse closeCase(kith.cases.v1.Cases.CloseCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseCaseMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.cases.v1.Cases.MarkFoundResponse markFound(kith.cases.v1.Cases.MarkFoundRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkFoundMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The reporter or an admin grants (or revokes) another user read access.
     * </pre>
     */
    public kith.cases.v1.Cases.ShareCaseResponse shareCase(kith.cases.v1.Cases.ShareCaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getShareCaseMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Missing-person cases. A case_reporter files cases and follows their own
   * and those shared with them; an investigator or admin sees every case.
   * Anyone else sees only cases shared with them. A case the caller may not
   * see reads as missing (NOT_FOUND). Every read and change by an
   * investigator or admin is in the audit trail.
   * </pre>
   */
  public static final class CaseServiceFutureStub extends io.grpc.stub.AbstractFutureStub<CaseServiceFutureStub> {
    private CaseServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CaseServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CaseServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * case_reporter, investigator or admin.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.CreateCaseResponse> createCase(
        kith.cases.v1.Cases.CreateCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateCaseMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.GetCaseResponse> getCase(
        kith.cases.v1.Cases.GetCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCaseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Most recently changed first; filters combine.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.ListCasesResponse> listCases(
        kith.cases.v1.Cases.ListCasesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCasesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The reporter, an investigator or an admin; paths name Case fields.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.UpdateCaseResponse> updateCase(
        kith.cases.v1.Cases.UpdateCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateCaseMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.CloseCaseResponse> closeCase(
        kith.cases.v1.Cases.CloseCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseCaseMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.MarkFoundResponse> markFound(
        kith.cases.v1.Cases.MarkFoundRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkFoundMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The reporter or an admin grants (or revokes) another user read access.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.ShareCaseResponse> shareCase(
        kith.cases.v1.Cases.ShareCaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getShareCaseMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CASE = 0;
  private static final int METHODID_GET_CASE = 1;
  private static final int METHODID_LIST_CASES = 2;
  private static final int METHODID_UPDATE_CASE = 3;
  private static final int METHODID_CLOSE_CASE = 4;
  private static final int METHODID_MARK_FOUND = 5;
  private static final int METHODID_SHARE_CASE = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final CaseServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(CaseServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_CASE:
          serviceImpl.createCase((kith.cases.v1.Cases.CreateCaseRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.CreateCaseResponse>) responseObserver);
          break;
        case METHODID_GET_CASE:
          serviceImpl.getCase((kith.cases.v1.Cases.GetCaseRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.GetCaseResponse>) responseObserver);
          break;
        case METHODID_LIST_CASES:
          serviceImpl.listCases((kith.cases.v1.Cases.ListCasesRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListCasesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CASE:
          serviceImpl.updateCase((kith.cases.v1.Cases.UpdateCaseRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UpdateCaseResponse>) responseObserver);
          break;
        case METHODID_CLOSE_CASE:
          serviceImpl.closeCase((kith.cases.v1.Cases.CloseCaseRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.CloseCaseResponse>) responseObserver);
          break;
        case METHODID_MARK_FOUND:
          serviceImpl.markFound((kith.cases.v1.Cases.MarkFoundRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.MarkFoundResponse>) responseObserver);
          break;
        case METHODID_SHARE_CASE:
          serviceImpl.shareCase((kith.cases.v1.Cases.ShareCaseRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ShareCaseResponse>) responseObserver);
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

  private static abstract class CaseServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    CaseServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.cases.v1.Cases.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("CaseService");
    }
  }

  private static final class CaseServiceFileDescriptorSupplier
      extends CaseServiceBaseDescriptorSupplier {
    CaseServiceFileDescriptorSupplier() {}
  }

  private static final class CaseServiceMethodDescriptorSupplier
      extends CaseServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    CaseServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (CaseServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new CaseServiceFileDescriptorSupplier())
              .addMethod(getCreateCaseMethod())
              .addMethod(getGetCaseMethod())
              .addMethod(getListCasesMethod())
              .addMethod(getUpdateCaseMethod())
              .addMethod(getCloseCaseMethod())
              .addMethod(getMarkFoundMethod())
              .addMethod(getShareCaseMethod())
              .build();
        }
      }
    }
    return result;
  }
}
