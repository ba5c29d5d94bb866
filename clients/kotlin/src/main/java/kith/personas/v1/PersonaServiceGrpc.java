package kith.personas.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The AI persona made of a survey's answers, in two steps (synthesis of
 * traits and a persona prompt, then an illustration), each a job with
 * retries. Chat with a ready persona through kith.chat.v1 (counterpart
 * persona_id).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/personas/v1/personas.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class PersonaServiceGrpc {

  private PersonaServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.personas.v1.PersonaService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetMyPersonaRequest,
      kith.personas.v1.Personas.GetMyPersonaResponse> getGetMyPersonaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMyPersona",
      requestType = kith.personas.v1.Personas.GetMyPersonaRequest.class,
      responseType = kith.personas.v1.Personas.GetMyPersonaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetMyPersonaRequest,
      kith.personas.v1.Personas.GetMyPersonaResponse> getGetMyPersonaMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetMyPersonaRequest, kith.personas.v1.Personas.GetMyPersonaResponse> getGetMyPersonaMethod;
    if ((getGetMyPersonaMethod = PersonaServiceGrpc.getGetMyPersonaMethod) == null) {
      synchronized (PersonaServiceGrpc.class) {
        if ((getGetMyPersonaMethod = PersonaServiceGrpc.getGetMyPersonaMethod) == null) {
          PersonaServiceGrpc.getGetMyPersonaMethod = getGetMyPersonaMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.GetMyPersonaRequest, kith.personas.v1.Personas.GetMyPersonaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMyPersona"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetMyPersonaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetMyPersonaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PersonaServiceMethodDescriptorSupplier("GetMyPersona"))
              .build();
        }
      }
    }
    return getGetMyPersonaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.WatchPersonaRequest,
      kith.personas.v1.Personas.WatchPersonaResponse> getWatchPersonaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchPersona",
      requestType = kith.personas.v1.Personas.WatchPersonaRequest.class,
      responseType = kith.personas.v1.Personas.WatchPersonaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.WatchPersonaRequest,
      kith.personas.v1.Personas.WatchPersonaResponse> getWatchPersonaMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.WatchPersonaRequest, kith.personas.v1.Personas.WatchPersonaResponse> getWatchPersonaMethod;
    if ((getWatchPersonaMethod = PersonaServiceGrpc.getWatchPersonaMethod) == null) {
      synchronized (PersonaServiceGrpc.class) {
        if ((getWatchPersonaMethod = PersonaServiceGrpc.getWatchPersonaMethod) == null) {
          PersonaServiceGrpc.getWatchPersonaMethod = getWatchPersonaMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.WatchPersonaRequest, kith.personas.v1.Personas.WatchPersonaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchPersona"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.WatchPersonaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.WatchPersonaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PersonaServiceMethodDescriptorSupplier("WatchPersona"))
              .build();
        }
      }
    }
    return getWatchPersonaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.RegeneratePersonaRequest,
      kith.personas.v1.Personas.RegeneratePersonaResponse> getRegeneratePersonaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegeneratePersona",
      requestType = kith.personas.v1.Personas.RegeneratePersonaRequest.class,
      responseType = kith.personas.v1.Personas.RegeneratePersonaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.RegeneratePersonaRequest,
      kith.personas.v1.Personas.RegeneratePersonaResponse> getRegeneratePersonaMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.RegeneratePersonaRequest, kith.personas.v1.Personas.RegeneratePersonaResponse> getRegeneratePersonaMethod;
    if ((getRegeneratePersonaMethod = PersonaServiceGrpc.getRegeneratePersonaMethod) == null) {
      synchronized (PersonaServiceGrpc.class) {
        if ((getRegeneratePersonaMethod = PersonaServiceGrpc.getRegeneratePersonaMethod) == null) {
          PersonaServiceGrpc.getRegeneratePersonaMethod = getRegeneratePersonaMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.RegeneratePersonaRequest, kith.personas.v1.Personas.RegeneratePersonaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegeneratePersona"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.RegeneratePersonaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.RegeneratePersonaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PersonaServiceMethodDescriptorSupplier("RegeneratePersona"))
              .build();
        }
      }
    }
    return getRegeneratePersonaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetPersonaCardRequest,
      kith.personas.v1.Personas.GetPersonaCardResponse> getGetPersonaCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPersonaCard",
      requestType = kith.personas.v1.Personas.GetPersonaCardRequest.class,
      responseType = kith.personas.v1.Personas.GetPersonaCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetPersonaCardRequest,
      kith.personas.v1.Personas.GetPersonaCardResponse> getGetPersonaCardMethod() {
    io.grpc.MethodDescriptor<kith.personas.v1.Personas.GetPersonaCardRequest, kith.personas.v1.Personas.GetPersonaCardResponse> getGetPersonaCardMethod;
    if ((getGetPersonaCardMethod = PersonaServiceGrpc.getGetPersonaCardMethod) == null) {
      synchronized (PersonaServiceGrpc.class) {
        if ((getGetPersonaCardMethod = PersonaServiceGrpc.getGetPersonaCardMethod) == null) {
          PersonaServiceGrpc.getGetPersonaCardMethod = getGetPersonaCardMethod =
              io.grpc.MethodDescriptor.<kith.personas.v1.Personas.GetPersonaCardRequest, kith.personas.v1.Personas.GetPersonaCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPersonaCard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetPersonaCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.personas.v1.Personas.GetPersonaCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PersonaServiceMethodDescriptorSupplier("GetPersonaCard"))
              .build();
        }
      }
    }
    return getGetPersonaCardMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PersonaServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PersonaServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PersonaServiceStub>() {
        @java.lang.Override
        public PersonaServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PersonaServiceStub(channel, callOptions);
        }
      };
    return PersonaServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PersonaServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PersonaServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PersonaServiceBlockingStub>() {
        @java.lang.Override
        public PersonaServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PersonaServiceBlockingStub(channel, callOptions);
        }
      };
    return PersonaServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PersonaServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PersonaServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PersonaServiceFutureStub>() {
        @java.lang.Override
        public PersonaServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PersonaServiceFutureStub(channel, callOptions);
        }
      };
    return PersonaServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The AI persona made of a survey's answers, in two steps (synthesis of
   * traits and a persona prompt, then an illustration), each a job with
   * retries. Chat with a ready persona through kith.chat.v1 (counterpart
   * persona_id).
   * </pre>
   */
  public static abstract class PersonaServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * The persona of one survey (or the caller's latest), for polling.
     * </pre>
     */
    public void getMyPersona(kith.personas.v1.Personas.GetMyPersonaRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetMyPersonaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMyPersonaMethod(), responseObserver);
    }

    /**
     * <pre>
     * The persona now, then each status change as it happens, until READY or
     * FAILED. Works over gRPC-Web.
     * </pre>
     */
    public void watchPersona(kith.personas.v1.Personas.WatchPersonaRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.WatchPersonaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchPersonaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes the persona again from every answer so far (more may have come
     * since). FAILED_PRECONDITION while a run is under way or while the
     * survey has fewer than min_responses answers.
     * </pre>
     */
    public void regeneratePersona(kith.personas.v1.Personas.RegeneratePersonaRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.RegeneratePersonaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegeneratePersonaMethod(), responseObserver);
    }

    /**
     * <pre>
     * A PNG share card (1200 x 630): the persona's name, illustration, top
     * traits and the survey's response count. The same persona always draws
     * the same bytes.
     * </pre>
     */
    public void getPersonaCard(kith.personas.v1.Personas.GetPersonaCardRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetPersonaCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPersonaCardMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetMyPersonaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.GetMyPersonaRequest,
                kith.personas.v1.Personas.GetMyPersonaResponse>(
                  this, METHODID_GET_MY_PERSONA)))
          .addMethod(
            getWatchPersonaMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.personas.v1.Personas.WatchPersonaRequest,
                kith.personas.v1.Personas.WatchPersonaResponse>(
                  this, METHODID_WATCH_PERSONA)))
          .addMethod(
            getRegeneratePersonaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.RegeneratePersonaRequest,
                kith.personas.v1.Personas.RegeneratePersonaResponse>(
                  this, METHODID_REGENERATE_PERSONA)))
          .addMethod(
            getGetPersonaCardMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.personas.v1.Personas.GetPersonaCardRequest,
                kith.personas.v1.Personas.GetPersonaCardResponse>(
                  this, METHODID_GET_PERSONA_CARD)))
          .build();
    }
  }

  /**
   * <pre>
   * The AI persona made of a survey's answers, in two steps (synthesis of
   * traits and a persona prompt, then an illustration), each a job with
   * retries. Chat with a ready persona through kith.chat.v1 (counterpart
   * persona_id).
   * </pre>
   */
  public static final class PersonaServiceStub extends io.grpc.stub.AbstractAsyncStub<PersonaServiceStub> {
    private PersonaServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PersonaServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PersonaServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The persona of one survey (or the caller's latest), for polling.
     * </pre>
     */
    public void getMyPersona(kith.personas.v1.Personas.GetMyPersonaRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetMyPersonaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMyPersonaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The persona now, then each status change as it happens, until READY or
     * FAILED. Works over gRPC-Web.
     * </pre>
     */
    public void watchPersona(kith.personas.v1.Personas.WatchPersonaRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.WatchPersonaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchPersonaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes the persona again from every answer so far (more may have come
     * since). FAILED_PRECONDITION while a run is under way or while the
     * survey has fewer than min_responses answers.
     * </pre>
     */
    public void regeneratePersona(kith.personas.v1.Personas.RegeneratePersonaRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.RegeneratePersonaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegeneratePersonaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A PNG share card (1200 x 630): the persona's name, illustration, top
     * traits and the survey's response count. The same persona always draws
     * the same bytes.
     * </pre>
     */
    public void getPersonaCard(kith.personas.v1.Personas.GetPersonaCardRequest request,
        io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetPersonaCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPersonaCardMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The AI persona made of a survey's answers, in two steps (synthesis of
   * traits and a persona prompt, then an illustration), each a job with
   * retries. Chat with a ready persona through kith.chat.v1 (counterpart
   * persona_id).
   * </pre>
   */
  public static final class PersonaServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<PersonaServiceBlockingStub> {
    private PersonaServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PersonaServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PersonaServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The persona of one survey (or the caller's latest), for polling.
     * </pre>
     */
    public kith.personas.v1.Personas.GetMyPersonaResponse getMyPersona(kith.personas.v1.Personas.GetMyPersonaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMyPersonaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The persona now, then each status change as it happens, until READY or
     * FAILED. Works over gRPC-Web.
     * </pre>
     */
    public java.util.Iterator<kith.personas.v1.Personas.WatchPersonaResponse> watchPersona(
        kith.personas.v1.Personas.WatchPersonaRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchPersonaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the persona again from every answer so far (more may have come
     * since). FAILED_PRECONDITION while a run is under way or while the
     * survey has fewer than min_responses answers.
     * </pre>
     */
    public kith.personas.v1.Personas.RegeneratePersonaResponse regeneratePersona(kith.personas.v1.Personas.RegeneratePersonaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegeneratePersonaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A PNG share card (1200 x 630): the persona's name, illustration, top
     * traits and the survey's response count. The same persona always draws
     * the same bytes.
     * </pre>
     */
    public kith.personas.v1.Personas.GetPersonaCardResponse getPersonaCard(kith.personas.v1.Personas.GetPersonaCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPersonaCardMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The AI persona made of a survey's answers, in two steps (synthesis of
   * traits and a persona prompt, then an illustration), each a job with
   * retries. Chat with a ready persona through kith.chat.v1 (counterpart
   * persona_id).
   * </pre>
   */
  public static final class PersonaServiceFutureStub extends io.grpc.stub.AbstractFutureStub<PersonaServiceFutureStub> {
    private PersonaServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PersonaServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PersonaServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The persona of one survey (or the caller's latest), for polling.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.GetMyPersonaResponse> getMyPersona(
        kith.personas.v1.Personas.GetMyPersonaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMyPersonaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes the persona again from every answer so far (more may have come
     * since). FAILED_PRECONDITION while a run is under way or while the
     * survey has fewer than min_responses answers.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.RegeneratePersonaResponse> regeneratePersona(
        kith.personas.v1.Personas.RegeneratePersonaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegeneratePersonaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A PNG share card (1200 x 630): the persona's name, illustration, top
     * traits and the survey's response count. The same persona always draws
     * the same bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.personas.v1.Personas.GetPersonaCardResponse> getPersonaCard(
        kith.personas.v1.Personas.GetPersonaCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPersonaCardMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_MY_PERSONA = 0;
  private static final int METHODID_WATCH_PERSONA = 1;
  private static final int METHODID_REGENERATE_PERSONA = 2;
  private static final int METHODID_GET_PERSONA_CARD = 3;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final PersonaServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(PersonaServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_MY_PERSONA:
          serviceImpl.getMyPersona((kith.personas.v1.Personas.GetMyPersonaRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetMyPersonaResponse>) responseObserver);
          break;
        case METHODID_WATCH_PERSONA:
          serviceImpl.watchPersona((kith.personas.v1.Personas.WatchPersonaRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.WatchPersonaResponse>) responseObserver);
          break;
        case METHODID_REGENERATE_PERSONA:
          serviceImpl.regeneratePersona((kith.personas.v1.Personas.RegeneratePersonaRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.RegeneratePersonaResponse>) responseObserver);
          break;
        case METHODID_GET_PERSONA_CARD:
          serviceImpl.getPersonaCard((kith.personas.v1.Personas.GetPersonaCardRequest) request,
              (io.grpc.stub.StreamObserver<kith.personas.v1.Personas.GetPersonaCardResponse>) responseObserver);
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

  private static abstract class PersonaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PersonaServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.personas.v1.Personas.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PersonaService");
    }
  }

  private static final class PersonaServiceFileDescriptorSupplier
      extends PersonaServiceBaseDescriptorSupplier {
    PersonaServiceFileDescriptorSupplier() {}
  }

  private static final class PersonaServiceMethodDescriptorSupplier
      extends PersonaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    PersonaServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (PersonaServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PersonaServiceFileDescriptorSupplier())
              .addMethod(getGetMyPersonaMethod())
              .addMethod(getWatchPersonaMethod())
              .addMethod(getRegeneratePersonaMethod())
              .addMethod(getGetPersonaCardMethod())
              .build();
        }
      }
    }
    return result;
  }
}
