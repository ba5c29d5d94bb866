package kith.conversations.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Conversations between the caller's devices and apps, and their journals,
 * written by the AI gateway (the offline generator when no provider is
 * configured). Only the caller's own devices and apps take part.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/conversations/v1/conversations.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ConversationServiceGrpc {

  private ConversationServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.conversations.v1.ConversationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GenerateConversationRequest,
      kith.conversations.v1.Conversations.GenerateConversationResponse> getGenerateConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateConversation",
      requestType = kith.conversations.v1.Conversations.GenerateConversationRequest.class,
      responseType = kith.conversations.v1.Conversations.GenerateConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GenerateConversationRequest,
      kith.conversations.v1.Conversations.GenerateConversationResponse> getGenerateConversationMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GenerateConversationRequest, kith.conversations.v1.Conversations.GenerateConversationResponse> getGenerateConversationMethod;
    if ((getGenerateConversationMethod = ConversationServiceGrpc.getGenerateConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getGenerateConversationMethod = ConversationServiceGrpc.getGenerateConversationMethod) == null) {
          ConversationServiceGrpc.getGenerateConversationMethod = getGenerateConversationMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.GenerateConversationRequest, kith.conversations.v1.Conversations.GenerateConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GenerateConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GenerateConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("GenerateConversation"))
              .build();
        }
      }
    }
    return getGenerateConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListConversationsRequest,
      kith.conversations.v1.Conversations.ListConversationsResponse> getListConversationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListConversations",
      requestType = kith.conversations.v1.Conversations.ListConversationsRequest.class,
      responseType = kith.conversations.v1.Conversations.ListConversationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListConversationsRequest,
      kith.conversations.v1.Conversations.ListConversationsResponse> getListConversationsMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListConversationsRequest, kith.conversations.v1.Conversations.ListConversationsResponse> getListConversationsMethod;
    if ((getListConversationsMethod = ConversationServiceGrpc.getListConversationsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getListConversationsMethod = ConversationServiceGrpc.getListConversationsMethod) == null) {
          ConversationServiceGrpc.getListConversationsMethod = getListConversationsMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.ListConversationsRequest, kith.conversations.v1.Conversations.ListConversationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListConversations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ListConversationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ListConversationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("ListConversations"))
              .build();
        }
      }
    }
    return getListConversationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GetConversationRequest,
      kith.conversations.v1.Conversations.GetConversationResponse> getGetConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConversation",
      requestType = kith.conversations.v1.Conversations.GetConversationRequest.class,
      responseType = kith.conversations.v1.Conversations.GetConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GetConversationRequest,
      kith.conversations.v1.Conversations.GetConversationResponse> getGetConversationMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GetConversationRequest, kith.conversations.v1.Conversations.GetConversationResponse> getGetConversationMethod;
    if ((getGetConversationMethod = ConversationServiceGrpc.getGetConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getGetConversationMethod = ConversationServiceGrpc.getGetConversationMethod) == null) {
          ConversationServiceGrpc.getGetConversationMethod = getGetConversationMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.GetConversationRequest, kith.conversations.v1.Conversations.GetConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GetConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GetConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("GetConversation"))
              .build();
        }
      }
    }
    return getGetConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.DeleteConversationRequest,
      kith.conversations.v1.Conversations.DeleteConversationResponse> getDeleteConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteConversation",
      requestType = kith.conversations.v1.Conversations.DeleteConversationRequest.class,
      responseType = kith.conversations.v1.Conversations.DeleteConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.DeleteConversationRequest,
      kith.conversations.v1.Conversations.DeleteConversationResponse> getDeleteConversationMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.DeleteConversationRequest, kith.conversations.v1.Conversations.DeleteConversationResponse> getDeleteConversationMethod;
    if ((getDeleteConversationMethod = ConversationServiceGrpc.getDeleteConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getDeleteConversationMethod = ConversationServiceGrpc.getDeleteConversationMethod) == null) {
          ConversationServiceGrpc.getDeleteConversationMethod = getDeleteConversationMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.DeleteConversationRequest, kith.conversations.v1.Conversations.DeleteConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.DeleteConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.DeleteConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("DeleteConversation"))
              .build();
        }
      }
    }
    return getDeleteConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.RateConversationRequest,
      kith.conversations.v1.Conversations.RateConversationResponse> getRateConversationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RateConversation",
      requestType = kith.conversations.v1.Conversations.RateConversationRequest.class,
      responseType = kith.conversations.v1.Conversations.RateConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.RateConversationRequest,
      kith.conversations.v1.Conversations.RateConversationResponse> getRateConversationMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.RateConversationRequest, kith.conversations.v1.Conversations.RateConversationResponse> getRateConversationMethod;
    if ((getRateConversationMethod = ConversationServiceGrpc.getRateConversationMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getRateConversationMethod = ConversationServiceGrpc.getRateConversationMethod) == null) {
          ConversationServiceGrpc.getRateConversationMethod = getRateConversationMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.RateConversationRequest, kith.conversations.v1.Conversations.RateConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RateConversation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.RateConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.RateConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("RateConversation"))
              .build();
        }
      }
    }
    return getRateConversationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ToggleFavoriteRequest,
      kith.conversations.v1.Conversations.ToggleFavoriteResponse> getToggleFavoriteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ToggleFavorite",
      requestType = kith.conversations.v1.Conversations.ToggleFavoriteRequest.class,
      responseType = kith.conversations.v1.Conversations.ToggleFavoriteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ToggleFavoriteRequest,
      kith.conversations.v1.Conversations.ToggleFavoriteResponse> getToggleFavoriteMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ToggleFavoriteRequest, kith.conversations.v1.Conversations.ToggleFavoriteResponse> getToggleFavoriteMethod;
    if ((getToggleFavoriteMethod = ConversationServiceGrpc.getToggleFavoriteMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getToggleFavoriteMethod = ConversationServiceGrpc.getToggleFavoriteMethod) == null) {
          ConversationServiceGrpc.getToggleFavoriteMethod = getToggleFavoriteMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.ToggleFavoriteRequest, kith.conversations.v1.Conversations.ToggleFavoriteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ToggleFavorite"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ToggleFavoriteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ToggleFavoriteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("ToggleFavorite"))
              .build();
        }
      }
    }
    return getToggleFavoriteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.SubmitFeedbackRequest,
      kith.conversations.v1.Conversations.SubmitFeedbackResponse> getSubmitFeedbackMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubmitFeedback",
      requestType = kith.conversations.v1.Conversations.SubmitFeedbackRequest.class,
      responseType = kith.conversations.v1.Conversations.SubmitFeedbackResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.SubmitFeedbackRequest,
      kith.conversations.v1.Conversations.SubmitFeedbackResponse> getSubmitFeedbackMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.SubmitFeedbackRequest, kith.conversations.v1.Conversations.SubmitFeedbackResponse> getSubmitFeedbackMethod;
    if ((getSubmitFeedbackMethod = ConversationServiceGrpc.getSubmitFeedbackMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getSubmitFeedbackMethod = ConversationServiceGrpc.getSubmitFeedbackMethod) == null) {
          ConversationServiceGrpc.getSubmitFeedbackMethod = getSubmitFeedbackMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.SubmitFeedbackRequest, kith.conversations.v1.Conversations.SubmitFeedbackResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubmitFeedback"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.SubmitFeedbackRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.SubmitFeedbackResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("SubmitFeedback"))
              .build();
        }
      }
    }
    return getSubmitFeedbackMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListRecentRequest,
      kith.conversations.v1.Conversations.ListRecentResponse> getListRecentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRecent",
      requestType = kith.conversations.v1.Conversations.ListRecentRequest.class,
      responseType = kith.conversations.v1.Conversations.ListRecentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListRecentRequest,
      kith.conversations.v1.Conversations.ListRecentResponse> getListRecentMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListRecentRequest, kith.conversations.v1.Conversations.ListRecentResponse> getListRecentMethod;
    if ((getListRecentMethod = ConversationServiceGrpc.getListRecentMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getListRecentMethod = ConversationServiceGrpc.getListRecentMethod) == null) {
          ConversationServiceGrpc.getListRecentMethod = getListRecentMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.ListRecentRequest, kith.conversations.v1.Conversations.ListRecentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRecent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ListRecentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ListRecentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("ListRecent"))
              .build();
        }
      }
    }
    return getListRecentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GenerateJournalRequest,
      kith.conversations.v1.Conversations.GenerateJournalResponse> getGenerateJournalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateJournal",
      requestType = kith.conversations.v1.Conversations.GenerateJournalRequest.class,
      responseType = kith.conversations.v1.Conversations.GenerateJournalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GenerateJournalRequest,
      kith.conversations.v1.Conversations.GenerateJournalResponse> getGenerateJournalMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GenerateJournalRequest, kith.conversations.v1.Conversations.GenerateJournalResponse> getGenerateJournalMethod;
    if ((getGenerateJournalMethod = ConversationServiceGrpc.getGenerateJournalMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getGenerateJournalMethod = ConversationServiceGrpc.getGenerateJournalMethod) == null) {
          ConversationServiceGrpc.getGenerateJournalMethod = getGenerateJournalMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.GenerateJournalRequest, kith.conversations.v1.Conversations.GenerateJournalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateJournal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GenerateJournalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GenerateJournalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("GenerateJournal"))
              .build();
        }
      }
    }
    return getGenerateJournalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListJournalsRequest,
      kith.conversations.v1.Conversations.ListJournalsResponse> getListJournalsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListJournals",
      requestType = kith.conversations.v1.Conversations.ListJournalsRequest.class,
      responseType = kith.conversations.v1.Conversations.ListJournalsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListJournalsRequest,
      kith.conversations.v1.Conversations.ListJournalsResponse> getListJournalsMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.ListJournalsRequest, kith.conversations.v1.Conversations.ListJournalsResponse> getListJournalsMethod;
    if ((getListJournalsMethod = ConversationServiceGrpc.getListJournalsMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getListJournalsMethod = ConversationServiceGrpc.getListJournalsMethod) == null) {
          ConversationServiceGrpc.getListJournalsMethod = getListJournalsMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.ListJournalsRequest, kith.conversations.v1.Conversations.ListJournalsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListJournals"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ListJournalsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.ListJournalsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("ListJournals"))
              .build();
        }
      }
    }
    return getListJournalsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GetJournalRequest,
      kith.conversations.v1.Conversations.GetJournalResponse> getGetJournalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetJournal",
      requestType = kith.conversations.v1.Conversations.GetJournalRequest.class,
      responseType = kith.conversations.v1.Conversations.GetJournalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GetJournalRequest,
      kith.conversations.v1.Conversations.GetJournalResponse> getGetJournalMethod() {
    io.grpc.MethodDescriptor<kith.conversations.v1.Conversations.GetJournalRequest, kith.conversations.v1.Conversations.GetJournalResponse> getGetJournalMethod;
    if ((getGetJournalMethod = ConversationServiceGrpc.getGetJournalMethod) == null) {
      synchronized (ConversationServiceGrpc.class) {
        if ((getGetJournalMethod = ConversationServiceGrpc.getGetJournalMethod) == null) {
          ConversationServiceGrpc.getGetJournalMethod = getGetJournalMethod =
              io.grpc.MethodDescriptor.<kith.conversations.v1.Conversations.GetJournalRequest, kith.conversations.v1.Conversations.GetJournalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetJournal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GetJournalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.conversations.v1.Conversations.GetJournalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConversationServiceMethodDescriptorSupplier("GetJournal"))
              .build();
        }
      }
    }
    return getGetJournalMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ConversationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceStub>() {
        @java.lang.Override
        public ConversationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceStub(channel, callOptions);
        }
      };
    return ConversationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ConversationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceBlockingStub>() {
        @java.lang.Override
        public ConversationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceBlockingStub(channel, callOptions);
        }
      };
    return ConversationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ConversationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConversationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConversationServiceFutureStub>() {
        @java.lang.Override
        public ConversationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConversationServiceFutureStub(channel, callOptions);
        }
      };
    return ConversationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Conversations between the caller's devices and apps, and their journals,
   * written by the AI gateway (the offline generator when no provider is
   * configured). Only the caller's own devices and apps take part.
   * </pre>
   */
  public static abstract class ConversationServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Streams each line as soon as it is complete, then the stored
     * conversation as the last message.
     * </pre>
     */
    public void generateConversation(kith.conversations.v1.Conversations.GenerateConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GenerateConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateConversationMethod(), responseObserver);
    }

    /**
     */
    public void listConversations(kith.conversations.v1.Conversations.ListConversationsRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListConversationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListConversationsMethod(), responseObserver);
    }

    /**
     */
    public void getConversation(kith.conversations.v1.Conversations.GetConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GetConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConversationMethod(), responseObserver);
    }

    /**
     */
    public void deleteConversation(kith.conversations.v1.Conversations.DeleteConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.DeleteConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteConversationMethod(), responseObserver);
    }

    /**
     * <pre>
     * 1 to 5.
     * </pre>
     */
    public void rateConversation(kith.conversations.v1.Conversations.RateConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.RateConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRateConversationMethod(), responseObserver);
    }

    /**
     */
    public void toggleFavorite(kith.conversations.v1.Conversations.ToggleFavoriteRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ToggleFavoriteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getToggleFavoriteMethod(), responseObserver);
    }

    /**
     */
    public void submitFeedback(kith.conversations.v1.Conversations.SubmitFeedbackRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.SubmitFeedbackResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubmitFeedbackMethod(), responseObserver);
    }

    /**
     * <pre>
     * The newest conversations, for a home screen.
     * </pre>
     */
    public void listRecent(kith.conversations.v1.Conversations.ListRecentRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListRecentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRecentMethod(), responseObserver);
    }

    /**
     * <pre>
     * A device's or app's first-person diary of a day.
     * </pre>
     */
    public void generateJournal(kith.conversations.v1.Conversations.GenerateJournalRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GenerateJournalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateJournalMethod(), responseObserver);
    }

    /**
     */
    public void listJournals(kith.conversations.v1.Conversations.ListJournalsRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListJournalsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListJournalsMethod(), responseObserver);
    }

    /**
     */
    public void getJournal(kith.conversations.v1.Conversations.GetJournalRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GetJournalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetJournalMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGenerateConversationMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.GenerateConversationRequest,
                kith.conversations.v1.Conversations.GenerateConversationResponse>(
                  this, METHODID_GENERATE_CONVERSATION)))
          .addMethod(
            getListConversationsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.ListConversationsRequest,
                kith.conversations.v1.Conversations.ListConversationsResponse>(
                  this, METHODID_LIST_CONVERSATIONS)))
          .addMethod(
            getGetConversationMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.GetConversationRequest,
                kith.conversations.v1.Conversations.GetConversationResponse>(
                  this, METHODID_GET_CONVERSATION)))
          .addMethod(
            getDeleteConversationMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.DeleteConversationRequest,
                kith.conversations.v1.Conversations.DeleteConversationResponse>(
                  this, METHODID_DELETE_CONVERSATION)))
          .addMethod(
            getRateConversationMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.RateConversationRequest,
                kith.conversations.v1.Conversations.RateConversationResponse>(
                  this, METHODID_RATE_CONVERSATION)))
          .addMethod(
            getToggleFavoriteMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.ToggleFavoriteRequest,
                kith.conversations.v1.Conversations.ToggleFavoriteResponse>(
                  this, METHODID_TOGGLE_FAVORITE)))
          .addMethod(
            getSubmitFeedbackMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.SubmitFeedbackRequest,
                kith.conversations.v1.Conversations.SubmitFeedbackResponse>(
                  this, METHODID_SUBMIT_FEEDBACK)))
          .addMethod(
            getListRecentMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.ListRecentRequest,
                kith.conversations.v1.Conversations.ListRecentResponse>(
                  this, METHODID_LIST_RECENT)))
          .addMethod(
            getGenerateJournalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.GenerateJournalRequest,
                kith.conversations.v1.Conversations.GenerateJournalResponse>(
                  this, METHODID_GENERATE_JOURNAL)))
          .addMethod(
            getListJournalsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.ListJournalsRequest,
                kith.conversations.v1.Conversations.ListJournalsResponse>(
                  this, METHODID_LIST_JOURNALS)))
          .addMethod(
            getGetJournalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.conversations.v1.Conversations.GetJournalRequest,
                kith.conversations.v1.Conversations.GetJournalResponse>(
                  this, METHODID_GET_JOURNAL)))
          .build();
    }
  }

  /**
   * <pre>
   * Conversations between the caller's devices and apps, and their journals,
   * written by the AI gateway (the offline generator when no provider is
   * configured). Only the caller's own devices and apps take part.
   * </pre>
   */
  public static final class ConversationServiceStub extends io.grpc.stub.AbstractAsyncStub<ConversationServiceStub> {
    private ConversationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams each line as soon as it is complete, then the stored
     * conversation as the last message.
     * </pre>
     */
    public void generateConversation(kith.conversations.v1.Conversations.GenerateConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GenerateConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getGenerateConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listConversations(kith.conversations.v1.Conversations.ListConversationsRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListConversationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListConversationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getConversation(kith.conversations.v1.Conversations.GetConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GetConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteConversation(kith.conversations.v1.Conversations.DeleteConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.DeleteConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * 1 to 5.
     * </pre>
     */
    public void rateConversation(kith.conversations.v1.Conversations.RateConversationRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.RateConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRateConversationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void toggleFavorite(kith.conversations.v1.Conversations.ToggleFavoriteRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ToggleFavoriteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getToggleFavoriteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void submitFeedback(kith.conversations.v1.Conversations.SubmitFeedbackRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.SubmitFeedbackResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubmitFeedbackMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The newest conversations, for a home screen.
     * </pre>
     */
    public void listRecent(kith.conversations.v1.Conversations.ListRecentRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListRecentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRecentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A device's or app's first-person diary of a day.
     * </pre>
     */
    public void generateJournal(kith.conversations.v1.Conversations.GenerateJournalRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GenerateJournalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGenerateJournalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listJournals(kith.conversations.v1.Conversations.ListJournalsRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListJournalsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListJournalsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getJournal(kith.conversations.v1.Conversations.GetJournalRequest request,
        io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GetJournalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetJournalMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Conversations between the caller's devices and apps, and their journals,
   * written by the AI gateway (the offline generator when no provider is
   * configured). Only the caller's own devices and apps take part.
   * </pre>
   */
  public static final class ConversationServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ConversationServiceBlockingStub> {
    private ConversationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams each line as soon as it is complete, then the stored
     * conversation as the last message.
     * </pre>
     */
    public java.util.Iterator<kith.conversations.v1.Conversations.GenerateConversationResponse> generateConversation(
        kith.conversations.v1.Conversations.GenerateConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getGenerateConversationMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.ListConversationsResponse listConversations(kith.conversations.v1.Conversations.ListConversationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListConversationsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.GetConversationResponse getConversation(kith.conversations.v1.Conversations.GetConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConversationMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.DeleteConversationResponse deleteConversation(kith.conversations.v1.Conversations.DeleteConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteConversationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * 1 to 5.
     * </pre>
     */
    public kith.conversations.v1.Conversations.RateConversationResponse rateConversation(kith.conversations.v1.Conversations.RateConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRateConversationMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.ToggleFavoriteResponse toggleFavorite(kith.conversations.v1.Conversations.ToggleFavoriteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getToggleFavoriteMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.SubmitFeedbackResponse submitFeedback(kith.conversations.v1.Conversations.SubmitFeedbackRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubmitFeedbackMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The newest conversations, for a home screen.
     * </pre>
     */
    public kith.conversations.v1.Conversations.ListRecentResponse listRecent(kith.conversations.v1.Conversations.ListRecentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRecentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A device's or app's first-person diary of a day.
     * </pre>
     */
    public kith.conversations.v1.Conversations.GenerateJournalResponse generateJournal(kith.conversations.v1.Conversations.GenerateJournalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGenerateJournalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.ListJournalsResponse listJournals(kith.conversations.v1.Conversations.ListJournalsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListJournalsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.conversations.v1.Conversations.GetJournalResponse getJournal(kith.conversations.v1.Conversations.GetJournalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJournalMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Conversations between the caller's devices and apps, and their journals,
   * written by the AI gateway (the offline generator when no provider is
   * configured). Only the caller's own devices and apps take part.
   * </pre>
   */
  public static final class ConversationServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ConversationServiceFutureStub> {
    private ConversationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConversationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConversationServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.ListConversationsResponse> listConversations(
        kith.conversations.v1.Conversations.ListConversationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListConversationsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.GetConversationResponse> getConversation(
        kith.conversations.v1.Conversations.GetConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConversationMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.DeleteConversationResponse> deleteConversation(
        kith.conversations.v1.Conversations.DeleteConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteConversationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * 1 to 5.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.RateConversationResponse> rateConversation(
        kith.conversations.v1.Conversations.RateConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRateConversationMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.ToggleFavoriteResponse> toggleFavorite(
        kith.conversations.v1.Conversations.ToggleFavoriteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getToggleFavoriteMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.SubmitFeedbackResponse> submitFeedback(
        kith.conversations.v1.Conversations.SubmitFeedbackRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubmitFeedbackMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The newest conversations, for a home screen.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.ListRecentResponse> listRecent(
        kith.conversations.v1.Conversations.ListRecentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRecentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A device's or app's first-person diary of a day.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.GenerateJournalResponse> generateJournal(
        kith.conversations.v1.Conversations.GenerateJournalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGenerateJournalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.ListJournalsResponse> listJournals(
        kith.conversations.v1.Conversations.ListJournalsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListJournalsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.conversations.v1.Conversations.GetJournalResponse> getJournal(
        kith.conversations.v1.Conversations.GetJournalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetJournalMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GENERATE_CONVERSATION = 0;
  private static final int METHODID_LIST_CONVERSATIONS = 1;
  private static final int METHODID_GET_CONVERSATION = 2;
  private static final int METHODID_DELETE_CONVERSATION = 3;
  private static final int METHODID_RATE_CONVERSATION = 4;
  private static final int METHODID_TOGGLE_FAVORITE = 5;
  private static final int METHODID_SUBMIT_FEEDBACK = 6;
  private static final int METHODID_LIST_RECENT = 7;
  private static final int METHODID_GENERATE_JOURNAL = 8;
  private static final int METHODID_LIST_JOURNALS = 9;
  private static final int METHODID_GET_JOURNAL = 10;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ConversationServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ConversationServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GENERATE_CONVERSATION:
          serviceImpl.generateConversation((kith.conversations.v1.Conversations.GenerateConversationRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GenerateConversationResponse>) responseObserver);
          break;
        case METHODID_LIST_CONVERSATIONS:
          serviceImpl.listConversations((kith.conversations.v1.Conversations.ListConversationsRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListConversationsResponse>) responseObserver);
          break;
        case METHODID_GET_CONVERSATION:
          serviceImpl.getConversation((kith.conversations.v1.Conversations.GetConversationRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GetConversationResponse>) responseObserver);
          break;
        case METHODID_DELETE_CONVERSATION:
          serviceImpl.deleteConversation((kith.conversations.v1.Conversations.DeleteConversationRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.DeleteConversationResponse>) responseObserver);
          break;
        case METHODID_RATE_CONVERSATION:
          serviceImpl.rateConversation((kith.conversations.v1.Conversations.RateConversationRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.RateConversationResponse>) responseObserver);
          break;
        case METHODID_TOGGLE_FAVORITE:
          serviceImpl.toggleFavorite((kith.conversations.v1.Conversations.ToggleFavoriteRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ToggleFavoriteResponse>) responseObserver);
          break;
        case METHODID_SUBMIT_FEEDBACK:
          serviceImpl.submitFeedback((kith.conversations.v1.Conversations.SubmitFeedbackRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.SubmitFeedbackResponse>) responseObserver);
          break;
        case METHODID_LIST_RECENT:
          serviceImpl.listRecent((kith.conversations.v1.Conversations.ListRecentRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListRecentResponse>) responseObserver);
          break;
        case METHODID_GENERATE_JOURNAL:
          serviceImpl.generateJournal((kith.conversations.v1.Conversations.GenerateJournalRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GenerateJournalResponse>) responseObserver);
          break;
        case METHODID_LIST_JOURNALS:
          serviceImpl.listJournals((kith.conversations.v1.Conversations.ListJournalsRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.ListJournalsResponse>) responseObserver);
          break;
        case METHODID_GET_JOURNAL:
          serviceImpl.getJournal((kith.conversations.v1.Conversations.GetJournalRequest) request,
              (io.grpc.stub.StreamObserver<kith.conversations.v1.Conversations.GetJournalResponse>) responseObserver);
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

  private static abstract class ConversationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ConversationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.conversations.v1.Conversations.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ConversationService");
    }
  }

  private static final class ConversationServiceFileDescriptorSupplier
      extends ConversationServiceBaseDescriptorSupplier {
    ConversationServiceFileDescriptorSupplier() {}
  }

  private static final class ConversationServiceMethodDescriptorSupplier
      extends ConversationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ConversationServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ConversationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ConversationServiceFileDescriptorSupplier())
              .addMethod(getGenerateConversationMethod())
              .addMethod(getListConversationsMethod())
              .addMethod(getGetConversationMethod())
              .addMethod(getDeleteConversationMethod())
              .addMethod(getRateConversationMethod())
              .addMethod(getToggleFavoriteMethod())
              .addMethod(getSubmitFeedbackMethod())
              .addMethod(getListRecentMethod())
              .addMethod(getGenerateJournalMethod())
              .addMethod(getListJournalsMethod())
              .addMethod(getGetJournalMethod())
              .build();
        }
      }
    }
    return result;
  }
}
