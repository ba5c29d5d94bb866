package kith.personas.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Surveys a user writes about themself and shares by link. Friends answer
 * without an account (GetPublicSurvey, SubmitResponse: the only methods of
 * Kith that need no token, rate limited per fingerprint and per address);
 * everything else is the owner's alone, and another user's survey reads as
 * missing.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/personas/v1/personas.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SurveyServiceGrpc {

  private SurveyServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.personas.v1.SurveyService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.CreateSurveyRequest,
      kith.personas.v1.Personas.CreateSurveyResponse> getCreateSurveyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSurvey",
      requestType = kith.personas.v1.Personas.CreateSurveyRequest.class,
      responseType = kith.personas.v1.Personas.CreateSurveyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.CreateSurveyRequest,
      kith.personas.v1.Personas.CreateSurveyResponse> getCreateSurveyMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.CreateSurveyRequest, kith.personas.v1.Personas.CreateSurveyResponse> getCreateSurveyMethod;
    if ((getCreateSurveyMethod = SurveyServiceGrpc.getCreateSurveyMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getCreateSurveyMethod = SurveyServiceGrpc.getCreateSurveyMethod) == null) {
          SurveyServiceGrpc.getCreateSurveyMethod = getCreateSurveyMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.CreateSurveyRequest, kith.personas.v1.Personas.CreateSurveyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSurvey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.CreateSurveyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.CreateSurveyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("CreateSurvey"))
              .build();
        }
      }
    }
    return getCreateSurveyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetSurveyRequest,
      kith.personas.v1.Personas.GetSurveyResponse> getGetSurveyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSurvey",
      requestType = kith.personas.v1.Personas.GetSurveyRequest.class,
      responseType = kith.personas.v1.Personas.GetSurveyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetSurveyRequest,
      kith.personas.v1.Personas.GetSurveyResponse> getGetSurveyMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetSurveyRequest, kith.personas.v1.Personas.GetSurveyResponse> getGetSurveyMethod;
    if ((getGetSurveyMethod = SurveyServiceGrpc.getGetSurveyMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getGetSurveyMethod = SurveyServiceGrpc.getGetSurveyMethod) == null) {
          SurveyServiceGrpc.getGetSurveyMethod = getGetSurveyMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.GetSurveyRequest, kith.personas.v1.Personas.GetSurveyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSurvey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetSurveyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetSurveyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("GetSurvey"))
              .build();
        }
      }
    }
    return getGetSurveyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.ListSurveysRequest,
      kith.personas.v1.Personas.ListSurveysResponse> getListSurveysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSurveys",
      requestType = kith.personas.v1.Personas.ListSurveysRequest.class,
      responseType = kith.personas.v1.Personas.ListSurveysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.ListSurveysRequest,
      kith.personas.v1.Personas.ListSurveysResponse> getListSurveysMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.ListSurveysRequest, kith.personas.v1.Personas.ListSurveysResponse> getListSurveysMethod;
    if ((getListSurveysMethod = SurveyServiceGrpc.getListSurveysMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getListSurveysMethod = SurveyServiceGrpc.getListSurveysMethod) == null) {
          SurveyServiceGrpc.getListSurveysMethod = getListSurveysMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.ListSurveysRequest, kith.personas.v1.Personas.ListSurveysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSurveys"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.ListSurveysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.ListSurveysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("ListSurveys"))
              .build();
        }
      }
    }
    return getListSurveysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.CloseSurveyRequest,
      kith.personas.v1.Personas.CloseSurveyResponse> getCloseSurveyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseSurvey",
      requestType = kith.personas.v1.Personas.CloseSurveyRequest.class,
      responseType = kith.personas.v1.Personas.CloseSurveyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.CloseSurveyRequest,
      kith.personas.v1.Personas.CloseSurveyResponse> getCloseSurveyMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.CloseSurveyRequest, kith.personas.v1.Personas.CloseSurveyResponse> getCloseSurveyMethod;
    if ((getCloseSurveyMethod = SurveyServiceGrpc.getCloseSurveyMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getCloseSurveyMethod = SurveyServiceGrpc.getCloseSurveyMethod) == null) {
          SurveyServiceGrpc.getCloseSurveyMethod = getCloseSurveyMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.CloseSurveyRequest, kith.personas.v1.Personas.CloseSurveyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseSurvey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.CloseSurveyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.CloseSurveyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("CloseSurvey"))
              .build();
        }
      }
    }
    return getCloseSurveyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.DeleteSurveyRequest,
      kith.personas.v1.Personas.DeleteSurveyResponse> getDeleteSurveyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSurvey",
      requestType = kith.personas.v1.Personas.DeleteSurveyRequest.class,
      responseType = kith.personas.v1.Personas.DeleteSurveyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.DeleteSurveyRequest,
      kith.personas.v1.Personas.DeleteSurveyResponse> getDeleteSurveyMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.DeleteSurveyRequest, kith.personas.v1.Personas.DeleteSurveyResponse> getDeleteSurveyMethod;
    if ((getDeleteSurveyMethod = SurveyServiceGrpc.getDeleteSurveyMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getDeleteSurveyMethod = SurveyServiceGrpc.getDeleteSurveyMethod) == null) {
          SurveyServiceGrpc.getDeleteSurveyMethod = getDeleteSurveyMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.DeleteSurveyRequest, kith.personas.v1.Personas.DeleteSurveyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSurvey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.DeleteSurveyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.DeleteSurveyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("DeleteSurvey"))
              .build();
        }
      }
    }
    return getDeleteSurveyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.ListResponsesRequest,
      kith.personas.v1.Personas.ListResponsesResponse> getListResponsesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListResponses",
      requestType = kith.personas.v1.Personas.ListResponsesRequest.class,
      responseType = kith.personas.v1.Personas.ListResponsesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.ListResponsesRequest,
      kith.personas.v1.Personas.ListResponsesResponse> getListResponsesMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.ListResponsesRequest, kith.personas.v1.Personas.ListResponsesResponse> getListResponsesMethod;
    if ((getListResponsesMethod = SurveyServiceGrpc.getListResponsesMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getListResponsesMethod = SurveyServiceGrpc.getListResponsesMethod) == null) {
          SurveyServiceGrpc.getListResponsesMethod = getListResponsesMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.ListResponsesRequest, kith.personas.v1.Personas.ListResponsesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListResponses"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.ListResponsesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.ListResponsesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("ListResponses"))
              .build();
        }
      }
    }
    return getListResponsesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetPublicSurveyRequest,
      kith.personas.v1.Personas.GetPublicSurveyResponse> getGetPublicSurveyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPublicSurvey",
      requestType = kith.personas.v1.Personas.GetPublicSurveyRequest.class,
      responseType = kith.personas.v1.Personas.GetPublicSurveyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetPublicSurveyRequest,
      kith.personas.v1.Personas.GetPublicSurveyResponse> getGetPublicSurveyMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetPublicSurveyRequest, kith.personas.v1.Personas.GetPublicSurveyResponse> getGetPublicSurveyMethod;
    if ((getGetPublicSurveyMethod = SurveyServiceGrpc.getGetPublicSurveyMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getGetPublicSurveyMethod = SurveyServiceGrpc.getGetPublicSurveyMethod) == null) {
          SurveyServiceGrpc.getGetPublicSurveyMethod = getGetPublicSurveyMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.GetPublicSurveyRequest, kith.personas.v1.Personas.GetPublicSurveyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPublicSurvey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetPublicSurveyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetPublicSurveyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("GetPublicSurvey"))
              .build();
        }
      }
    }
    return getGetPublicSurveyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.SubmitResponseRequest,
      kith.personas.v1.Personas.SubmitResponseResponse> getSubmitResponseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubmitResponse",
      requestType = kith.personas.v1.Personas.SubmitResponseRequest.class,
      responseType = kith.personas.v1.Personas.SubmitResponseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.SubmitResponseRequest,
      kith.personas.v1.Personas.SubmitResponseResponse> getSubmitResponseMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.SubmitResponseRequest, kith.personas.v1.Personas.SubmitResponseResponse> getSubmitResponseMethod;
    if ((getSubmitResponseMethod = SurveyServiceGrpc.getSubmitResponseMethod) == null) {
      synchronized (SurveyServiceGrpc.class) {
        if ((getSubmitResponseMethod = SurveyServiceGrpc.getSubmitResponseMethod) == null) {
          SurveyServiceGrpc.getSubmitResponseMethod = getSubmitResponseMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.SubmitResponseRequest, kith.personas.v1.Personas.SubmitResponseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubmitResponse"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.SubmitResponseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.SubmitResponseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SurveyServiceMethodDescriptorSupplier("SubmitResponse"))
              .build();
        }
      }
    }
    return getSubmitResponseMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SurveyServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SurveyServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SurveyServiceStub>() {
        @java.lang.Override
        public SurveyServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SurveyServiceStub(channel, callOptions);
        }
      };
    return SurveyServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SurveyServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SurveyServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SurveyServiceBlockingStub>() {
        @java.lang.Override
        public SurveyServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SurveyServiceBlockingStub(channel, callOptions);
        }
      };
    return SurveyServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SurveyServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SurveyServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SurveyServiceFutureStub>() {
        @java.lang.Override
        public SurveyServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SurveyServiceFutureStub(channel, callOptions);
        }
      };
    return SurveyServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Surveys a user writes about themself and shares by link. Friends answer
   * without an account (GetPublicSurvey, SubmitResponse: the only methods of
   * Kith that need no token, rate limited per fingerprint and per address);
   * everything else is the owner's alone, and another user's survey reads as
   * missing.
   * </pre>
   */
  public static abstract class SurveyServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates the survey and its persona (status PENDING until enough
     * answers arrive).
     * </pre>
     */
    public void createSurvey(kith.personas.v1.Personas.CreateSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.CreateSurveyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSurveyMethod(), responseObserver);
    }

    /**
     */
    public void getSurvey(kith.personas.v1.Personas.GetSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetSurveyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSurveyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listSurveys(kith.personas.v1.Personas.ListSurveysRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.ListSurveysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSurveysMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stops taking answers; the slug then reads as missing.
     * </pre>
     */
    public void closeSurvey(kith.personas.v1.Personas.CloseSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.CloseSurveyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseSurveyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes the survey, its answers, its persona and the persona's chats.
     * </pre>
     */
    public void deleteSurvey(kith.personas.v1.Personas.DeleteSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.DeleteSurveyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSurveyMethod(), responseObserver);
    }

    /**
     * <pre>
     * The survey's answers, newest first; no respondent is identified.
     * </pre>
     */
    public void listResponses(kith.personas.v1.Personas.ListResponsesRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.ListResponsesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListResponsesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Public: the questions of an open survey by its share slug. A closed
     * and an unknown slug are NOT_FOUND alike.
     * </pre>
     */
    public void getPublicSurvey(kith.personas.v1.Personas.GetPublicSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetPublicSurveyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPublicSurveyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Public: one answer set per respondent fingerprint (stored only as a
     * keyed hash). Every wrong answer is named (answers[i].field). The
     * response that reaches min_responses starts the persona saga.
     * </pre>
     */
    public void submitResponse(kith.personas.v1.Personas.SubmitResponseRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.SubmitResponseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubmitResponseMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateSurveyMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.CreateSurveyRequest,
                kith.personas.v1.Personas.CreateSurveyResponse>(
                  this, METHODID_CREATE_SURVEY)))
          .addMethod(
            getGetSurveyMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.GetSurveyRequest,
                kith.personas.v1.Personas.GetSurveyResponse>(
                  this, METHODID_GET_SURVEY)))
          .addMethod(
            getListSurveysMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.ListSurveysRequest,
                kith.personas.v1.Personas.ListSurveysResponse>(
                  this, METHODID_LIST_SURVEYS)))
          .addMethod(
            getCloseSurveyMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.CloseSurveyRequest,
                kith.personas.v1.Personas.CloseSurveyResponse>(
                  this, METHODID_CLOSE_SURVEY)))
          .addMethod(
            getDeleteSurveyMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.DeleteSurveyRequest,
                kith.personas.v1.Personas.DeleteSurveyResponse>(
                  this, METHODID_DELETE_SURVEY)))
          .addMethod(
            getListResponsesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.ListResponsesRequest,
                kith.personas.v1.Personas.ListResponsesResponse>(
                  this, METHODID_LIST_RESPONSES)))
          .addMethod(
            getGetPublicSurveyMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.GetPublicSurveyRequest,
                kith.personas.v1.Personas.GetPublicSurveyResponse>(
                  this, METHODID_GET_PUBLIC_SURVEY)))
          .addMethod(
            getSubmitResponseMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.SubmitResponseRequest,
                kith.personas.v1.Personas.SubmitResponseResponse>(
                  this, METHODID_SUBMIT_RESPONSE)))
          .build();
    }
  }

  /**
   * <pre>
   * Surveys a user writes about themself and shares by link. Friends answer
   * without an account (GetPublicSurvey, SubmitResponse: the only methods of
   * Kith that need no token, rate limited per fingerprint and per address);
   * everything else is the owner's alone, and another user's survey reads as
   * missing.
   * </pre>
   */
  public static final class SurveyServiceStub extends io.grpc.stub.AbstractAsyncStub<SurveyServiceStub> {
    private SurveyServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SurveyServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SurveyServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates the survey and its persona (status PENDING until enough
     * answers arrive).
     * </pre>
     */
    public void createSurvey(kith.personas.v1.Personas.CreateSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.CreateSurveyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSurveyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getSurvey(kith.personas.v1.Personas.GetSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetSurveyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSurveyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listSurveys(kith.personas.v1.Personas.ListSurveysRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.ListSurveysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSurveysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stops taking answers; the slug then reads as missing.
     * </pre>
     */
    public void closeSurvey(kith.personas.v1.Personas.CloseSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.CloseSurveyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseSurveyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes the survey, its answers, its persona and the persona's chats.
     * </pre>
     */
    public void deleteSurvey(kith.personas.v1.Personas.DeleteSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.DeleteSurveyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSurveyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The survey's answers, newest first; no respondent is identified.
     * </pre>
     */
    public void listResponses(kith.personas.v1.Personas.ListResponsesRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.ListResponsesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListResponsesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Public: the questions of an open survey by its share slug. A closed
     * and an unknown slug are NOT_FOUND alike.
     * </pre>
     */
    public void getPublicSurvey(kith.personas.v1.Personas.GetPublicSurveyRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetPublicSurveyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPublicSurveyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Public: one answer set per respondent fingerprint (stored only as a
     * keyed hash). Every wrong answer is named (answers[i].field). The
     * response that reaches min_responses starts the persona saga.
     * </pre>
     */
    public void submitResponse(kith.personas.v1.Personas.SubmitResponseRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.SubmitResponseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubmitResponseMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Surveys a user writes about themself and shares by link. Friends answer
   * without an account (GetPublicSurvey, SubmitResponse: the only methods of
   * Kith that need no token, rate limited per fingerprint and per address);
   * everything else is the owner's alone, and another user's survey reads as
   * missing.
   * </pre>
   */
  public static final class SurveyServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<SurveyServiceBlockingStub> {
    private SurveyServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SurveyServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SurveyServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates the survey and its persona (status PENDING until enough
     * answers arrive).
     * </pre>
     */
    public kith.personas.v1.Personas.CreateSurveyResponse createSurvey(kith.personas.v1.Personas.CreateSurveyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSurveyMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.personas.v1.Personas.GetSurveyResponse getSurvey(kith.personas.v1.Personas.GetSurveyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSurveyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public kith.personas.v1.Personas.ListSurveysResponse listSurveys(kith.personas.v1.Personas.ListSurveysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSurveysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops taking answers; the slug then reads as missing.
     * </pre>
     */
    public kith.personas.v1.Personas.CloseSurveyResponse closeSurvey(kith.personas.v1.Personas.CloseSurveyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseSurveyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the survey, its answers, its persona and the persona's chats.
     * </pre>
     */
    public kith.personas.v1.Personas.DeleteSurveyResponse deleteSurvey(kith.personas.v1.Personas.DeleteSurveyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSurveyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The survey's answers, newest first; no respondent is identified.
     * </pre>
     */
    public kith.personas.v1.Personas.ListResponsesResponse listResponses(kith.personas.v1.Personas.ListResponsesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListResponsesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Public: the questions of an open survey by its share slug. A closed
     * and an unknown slug are NOT_FOUND alike.
     * </pre>
     */
    public kith.personas.v1.Personas.GetPublicSurveyResponse getPublicSurvey(kith.personas.v1.Personas.GetPublicSurveyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPublicSurveyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Public: one answer set per respondent fingerprint (stored only as a
     * keyed hash). Every wrong answer is named (answers[i].field). The
     * response that reaches min_responses starts the persona saga.
     * </pre>
     */
    public kith.personas.v1.Personas.SubmitResponseResponse submitResponse(kith.personas.v1.Personas.SubmitResponseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubmitResponseMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Surveys a user writes about themself and shares by link. Friends answer
   * without an account (GetPublicSurvey, SubmitResponse: the only methods of
   * Kith that need no token, rate limited per fingerprint and per address);
   * everything else is the owner's alone, and another user's survey reads as
   * missing.
   * </pre>
   */
  public static final class SurveyServiceFutureStub extends io.grpc.stub.AbstractFutureStub<SurveyServiceFutureStub> {
    private SurveyServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SurveyServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SurveyServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates the survey and its persona (status PENDING until enough
     * answers arrive).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.CreateSurveyResponse> createSurvey(
        kith.personas.v1.Personas.CreateSurveyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSurveyMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.GetSurveyResponse> getSurvey(
        kith.personas.v1.Personas.GetSurveyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSurveyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.ListSurveysResponse> listSurveys(
        kith.personas.v1.Personas.ListSurveysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSurveysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stops taking answers; the slug then reads as missing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.CloseSurveyResponse> closeSurvey(
        kith.personas.v1.Personas.CloseSurveyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseSurveyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes the survey, its answers, its persona and the persona's chats.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.DeleteSurveyResponse> deleteSurvey(
        kith.personas.v1.Personas.DeleteSurveyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSurveyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The survey's answers, newest first; no respondent is identified.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.ListResponsesResponse> listResponses(
        kith.personas.v1.Personas.ListResponsesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListResponsesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Public: the questions of an open survey by its share slug. A closed
     * and an unknown slug are NOT_FOUND alike.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.GetPublicSurveyResponse> getPublicSurvey(
        kith.personas.v1.Personas.GetPublicSurveyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPublicSurveyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Public: one answer set per respondent fingerprint (stored only as a
     * keyed hash). Every wrong answer is named (answers[i].field). The
     * response that reaches min_responses starts the persona saga.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.SubmitResponseResponse> submitResponse(
        kith.personas.v1.Personas.SubmitResponseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubmitResponseMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SURVEY = 0;
  private static final int METHODID_GET_SURVEY = 1;
  private static final int METHODID_LIST_SURVEYS = 2;
  private static final int METHODID_CLOSE_SURVEY = 3;
  private static final int METHODID_DELETE_SURVEY = 4;
  private static final int METHODID_LIST_RESPONSES = 5;
  private static final int METHODID_GET_PUBLIC_SURVEY = 6;
  private static final int METHODID_SUBMIT_RESPONSE = 7;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final SurveyServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(SurveyServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_SURVEY:
          serviceImpl.createSurvey((kith.personas.v1.Personas.CreateSurveyRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.CreateSurveyResponse>) responseObserver);
          break;
        case METHODID_GET_SURVEY:
          serviceImpl.getSurvey((kith.personas.v1.Personas.GetSurveyRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetSurveyResponse>) responseObserver);
          break;
        case METHODID_LIST_SURVEYS:
          serviceImpl.listSurveys((kith.personas.v1.Personas.ListSurveysRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.ListSurveysResponse>) responseObserver);
          break;
        case METHODID_CLOSE_SURVEY:
          serviceImpl.closeSurvey((kith.personas.v1.Personas.CloseSurveyRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.CloseSurveyResponse>) responseObserver);
          break;
        case METHODID_DELETE_SURVEY:
          serviceImpl.deleteSurvey((kith.personas.v1.Personas.DeleteSurveyRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.DeleteSurveyResponse>) responseObserver);
          break;
        case METHODID_LIST_RESPONSES:
          serviceImpl.listResponses((kith.personas.v1.Personas.ListResponsesRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.ListResponsesResponse>) responseObserver);
          break;
        case METHODID_GET_PUBLIC_SURVEY:
          serviceImpl.getPublicSurvey((kith.personas.v1.Personas.GetPublicSurveyRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetPublicSurveyResponse>) responseObserver);
          break;
        case METHODID_SUBMIT_RESPONSE:
          serviceImpl.submitResponse((kith.personas.v1.Personas.SubmitResponseRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.SubmitResponseResponse>) responseObserver);
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

  private static abstract class SurveyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SurveyServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.personas.v1.Personas.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SurveyService");
    }
  }

  private static final class SurveyServiceFileDescriptorSupplier
      extends SurveyServiceBaseDescriptorSupplier {
    SurveyServiceFileDescriptorSupplier() {}
  }

  private static final class SurveyServiceMethodDescriptorSupplier
      extends SurveyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    SurveyServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (SurveyServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SurveyServiceFileDescriptorSupplier())
              .addMethod(getCreateSurveyMethod())
              .addMethod(getGetSurveyMethod())
              .addMethod(getListSurveysMethod())
              .addMethod(getCloseSurveyMethod())
              .addMethod(getDeleteSurveyMethod())
              .addMethod(getListResponsesMethod())
              .addMethod(getGetPublicSurveyMethod())
              .addMethod(getSubmitResponseMethod())
              .build();
        }
      }
    }
    return result;
  }
}
