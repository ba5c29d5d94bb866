package kith.chat.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Chat threads between the caller and a counterpart: one of their devices
 * or device apps, talking in its personality and knowing its usage; their
 * goal coach, knowing their goals, recent check-ins and completion ratio; or
 * one of their personas, made of what their friends answered.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/chat/v1/chat.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ChatServiceGrpc {

  private ChatServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.chat.v1.ChatService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.chat.v1.Chat.CreateThreadRequest,
      kith.chat.v1.Chat.CreateThreadResponse> getCreateThreadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateThread",
      requestType = kith.chat.v1.Chat.CreateThreadRequest.class,
      responseType = kith.chat.v1.Chat.CreateThreadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.chat.v1.Chat.CreateThreadRequest,
      kith.chat.v1.Chat.CreateThreadResponse> getCreateThreadMethod() {
    io.grpc.MethodDescriptor<kith.chat.v1.Chat.CreateThreadRequest, kith.chat.v1.Chat.CreateThreadResponse> getCreateThreadMethod;
    if ((getCreateThreadMethod = ChatServiceGrpc.getCreateThreadMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getCreateThreadMethod = ChatServiceGrpc.getCreateThreadMethod) == null) {
          ChatServiceGrpc.getCreateThreadMethod = getCreateThreadMethod =
              io.grpc.MethodDescriptor.<kith.chat.v1.Chat.CreateThreadRequest, kith.chat.v1.Chat.CreateThreadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateThread"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.CreateThreadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.CreateThreadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("CreateThread"))
              .build();
        }
      }
    }
    return getCreateThreadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.chat.v1.Chat.ListThreadsRequest,
      kith.chat.v1.Chat.ListThreadsResponse> getListThreadsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListThreads",
      requestType = kith.chat.v1.Chat.ListThreadsRequest.class,
      responseType = kith.chat.v1.Chat.ListThreadsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.chat.v1.Chat.ListThreadsRequest,
      kith.chat.v1.Chat.ListThreadsResponse> getListThreadsMethod() {
    io.grpc.MethodDescriptor<kith.chat.v1.Chat.ListThreadsRequest, kith.chat.v1.Chat.ListThreadsResponse> getListThreadsMethod;
    if ((getListThreadsMethod = ChatServiceGrpc.getListThreadsMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getListThreadsMethod = ChatServiceGrpc.getListThreadsMethod) == null) {
          ChatServiceGrpc.getListThreadsMethod = getListThreadsMethod =
              io.grpc.MethodDescriptor.<kith.chat.v1.Chat.ListThreadsRequest, kith.chat.v1.Chat.ListThreadsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListThreads"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.ListThreadsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.ListThreadsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("ListThreads"))
              .build();
        }
      }
    }
    return getListThreadsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.chat.v1.Chat.GetThreadRequest,
      kith.chat.v1.Chat.GetThreadResponse> getGetThreadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetThread",
      requestType = kith.chat.v1.Chat.GetThreadRequest.class,
      responseType = kith.chat.v1.Chat.GetThreadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.chat.v1.Chat.GetThreadRequest,
      kith.chat.v1.Chat.GetThreadResponse> getGetThreadMethod() {
    io.grpc.MethodDescriptor<kith.chat.v1.Chat.GetThreadRequest, kith.chat.v1.Chat.GetThreadResponse> getGetThreadMethod;
    if ((getGetThreadMethod = ChatServiceGrpc.getGetThreadMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getGetThreadMethod = ChatServiceGrpc.getGetThreadMethod) == null) {
          ChatServiceGrpc.getGetThreadMethod = getGetThreadMethod =
              io.grpc.MethodDescriptor.<kith.chat.v1.Chat.GetThreadRequest, kith.chat.v1.Chat.GetThreadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetThread"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.GetThreadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.GetThreadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("GetThread"))
              .build();
        }
      }
    }
    return getGetThreadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.chat.v1.Chat.DeleteThreadRequest,
      kith.chat.v1.Chat.DeleteThreadResponse> getDeleteThreadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteThread",
      requestType = kith.chat.v1.Chat.DeleteThreadRequest.class,
      responseType = kith.chat.v1.Chat.DeleteThreadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.chat.v1.Chat.DeleteThreadRequest,
      kith.chat.v1.Chat.DeleteThreadResponse> getDeleteThreadMethod() {
    io.grpc.MethodDescriptor<kith.chat.v1.Chat.DeleteThreadRequest, kith.chat.v1.Chat.DeleteThreadResponse> getDeleteThreadMethod;
    if ((getDeleteThreadMethod = ChatServiceGrpc.getDeleteThreadMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getDeleteThreadMethod = ChatServiceGrpc.getDeleteThreadMethod) == null) {
          ChatServiceGrpc.getDeleteThreadMethod = getDeleteThreadMethod =
              io.grpc.MethodDescriptor.<kith.chat.v1.Chat.DeleteThreadRequest, kith.chat.v1.Chat.DeleteThreadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteThread"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.DeleteThreadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.DeleteThreadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("DeleteThread"))
              .build();
        }
      }
    }
    return getDeleteThreadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.chat.v1.Chat.ListMessagesRequest,
      kith.chat.v1.Chat.ListMessagesResponse> getListMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMessages",
      requestType = kith.chat.v1.Chat.ListMessagesRequest.class,
      responseType = kith.chat.v1.Chat.ListMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.chat.v1.Chat.ListMessagesRequest,
      kith.chat.v1.Chat.ListMessagesResponse> getListMessagesMethod() {
    io.grpc.MethodDescriptor<kith.chat.v1.Chat.ListMessagesRequest, kith.chat.v1.Chat.ListMessagesResponse> getListMessagesMethod;
    if ((getListMessagesMethod = ChatServiceGrpc.getListMessagesMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getListMessagesMethod = ChatServiceGrpc.getListMessagesMethod) == null) {
          ChatServiceGrpc.getListMessagesMethod = getListMessagesMethod =
              io.grpc.MethodDescriptor.<kith.chat.v1.Chat.ListMessagesRequest, kith.chat.v1.Chat.ListMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.ListMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.ListMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("ListMessages"))
              .build();
        }
      }
    }
    return getListMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.chat.v1.Chat.SendMessageRequest,
      kith.chat.v1.Chat.SendMessageResponse> getSendMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendMessage",
      requestType = kith.chat.v1.Chat.SendMessageRequest.class,
      responseType = kith.chat.v1.Chat.SendMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.chat.v1.Chat.SendMessageRequest,
      kith.chat.v1.Chat.SendMessageResponse> getSendMessageMethod() {
    io.grpc.MethodDescriptor<kith.chat.v1.Chat.SendMessageRequest, kith.chat.v1.Chat.SendMessageResponse> getSendMessageMethod;
    if ((getSendMessageMethod = ChatServiceGrpc.getSendMessageMethod) == null) {
      synchronized (ChatServiceGrpc.class) {
        if ((getSendMessageMethod = ChatServiceGrpc.getSendMessageMethod) == null) {
          ChatServiceGrpc.getSendMessageMethod = getSendMessageMethod =
              io.grpc.MethodDescriptor.<kith.chat.v1.Chat.SendMessageRequest, kith.chat.v1.Chat.SendMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.SendMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.chat.v1.Chat.SendMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ChatServiceMethodDescriptorSupplier("SendMessage"))
              .build();
        }
      }
    }
    return getSendMessageMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ChatServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceStub>() {
        @java.lang.Override
        public ChatServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceStub(channel, callOptions);
        }
      };
    return ChatServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ChatServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceBlockingStub>() {
        @java.lang.Override
        public ChatServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceBlockingStub(channel, callOptions);
        }
      };
    return ChatServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ChatServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ChatServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ChatServiceFutureStub>() {
        @java.lang.Override
        public ChatServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ChatServiceFutureStub(channel, callOptions);
        }
      };
    return ChatServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Chat threads between the caller and a counterpart: one of their devices
   * or device apps, talking in its personality and knowing its usage; their
   * goal coach, knowing their goals, recent check-ins and completion ratio; or
   * one of their personas, made of what their friends answered.
   * </pre>
   */
  public static abstract class ChatServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void createThread(kith.chat.v1.Chat.CreateThreadRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.CreateThreadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateThreadMethod(), responseObserver);
    }

    /**
     */
    public void listThreads(kith.chat.v1.Chat.ListThreadsRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.ListThreadsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListThreadsMethod(), responseObserver);
    }

    /**
     */
    public void getThread(kith.chat.v1.Chat.GetThreadRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.GetThreadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetThreadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes the thread and its messages.
     * </pre>
     */
    public void deleteThread(kith.chat.v1.Chat.DeleteThreadRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.DeleteThreadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteThreadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listMessages(kith.chat.v1.Chat.ListMessagesRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.ListMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores the user's message, then streams the reply as it is written and
     * ends with the stored reply. A cancelled call stores the partial reply as
     * cut off; a provider failure ends the stream with UNAVAILABLE and the
     * stored reply says so. Retrying with the same request_id does not store
     * the user's message twice.
     * </pre>
     */
    public void sendMessage(kith.chat.v1.Chat.SendMessageRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.SendMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendMessageMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateThreadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.chat.v1.Chat.CreateThreadRequest,
                kith.chat.v1.Chat.CreateThreadResponse>(
                  this, METHODID_CREATE_THREAD)))
          .addMethod(
            getListThreadsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.chat.v1.Chat.ListThreadsRequest,
                kith.chat.v1.Chat.ListThreadsResponse>(
                  this, METHODID_LIST_THREADS)))
          .addMethod(
            getGetThreadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.chat.v1.Chat.GetThreadRequest,
                kith.chat.v1.Chat.GetThreadResponse>(
                  this, METHODID_GET_THREAD)))
          .addMethod(
            getDeleteThreadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.chat.v1.Chat.DeleteThreadRequest,
                kith.chat.v1.Chat.DeleteThreadResponse>(
                  this, METHODID_DELETE_THREAD)))
          .addMethod(
            getListMessagesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.chat.v1.Chat.ListMessagesRequest,
                kith.chat.v1.Chat.ListMessagesResponse>(
                  this, METHODID_LIST_MESSAGES)))
          .addMethod(
            getSendMessageMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.chat.v1.Chat.SendMessageRequest,
                kith.chat.v1.Chat.SendMessageResponse>(
                  this, METHODID_SEND_MESSAGE)))
          .build();
    }
  }

  /**
   * <pre>
   * Chat threads between the caller and a counterpart: one of their devices
   * or device apps, talking in its personality and knowing its usage; their
   * goal coach, knowing their goals, recent check-ins and completion ratio; or
   * one of their personas, made of what their friends answered.
   * </pre>
   */
  public static final class ChatServiceStub extends io.grpc.stub.AbstractAsyncStub<ChatServiceStub> {
    private ChatServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceStub(channel, callOptions);
    }

    /**
     */
    public void createThread(kith.chat.v1.Chat.CreateThreadRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.CreateThreadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateThreadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listThreads(kith.chat.v1.Chat.ListThreadsRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.ListThreadsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListThreadsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getThread(kith.chat.v1.Chat.GetThreadRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.GetThreadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetThreadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes the thread and its messages.
     * </pre>
     */
    public void deleteThread(kith.chat.v1.Chat.DeleteThreadRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.DeleteThreadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteThreadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public void listMessages(kith.chat.v1.Chat.ListMessagesRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.ListMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores the user's message, then streams the reply as it is written and
     * ends with the stored reply. A cancelled call stores the partial reply as
     * cut off; a provider failure ends the stream with UNAVAILABLE and the
     * stored reply says so. Retrying with the same request_id does not store
     * the user's message twice.
     * </pre>
     */
    public void sendMessage(kith.chat.v1.Chat.SendMessageRequest request,
        io.grpc.stub.StreamObserver<kith.chat.v1.Chat.SendMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Chat threads between the caller and a counterpart: one of their devices
   * or device apps, talking in its personality and knowing its usage; their
   * goal coach, knowing their goals, recent check-ins and completion ratio; or
   * one of their personas, made of what their friends answered.
   * </pre>
   */
  public static final class ChatServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ChatServiceBlockingStub> {
    private ChatServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.chat.v1.Chat.CreateThreadResponse createThread(kith.chat.v1.Chat.CreateThreadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateThreadMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.chat.v1.Chat.ListThreadsResponse listThreads(kith.chat.v1.Chat.ListThreadsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListThreadsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.chat.v1.Chat.GetThreadResponse getThread(kith.chat.v1.Chat.GetThreadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetThreadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the thread and its messages.
     * </pre>
     */
    public kith.chat.v1.Chat.DeleteThreadResponse deleteThread(kith.chat.v1.Chat.DeleteThreadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteThreadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public kith.chat.v1.Chat.ListMessagesResponse listMessages(kith.chat.v1.Chat.ListMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores the user's message, then streams the reply as it is written and
     * ends with the stored reply. A cancelled call stores the partial reply as
     * cut off; a provider failure ends the stream with UNAVAILABLE and the
     * stored reply says so. Retrying with the same request_id does not store
     * the user's message twice.
     * </pre>
     */
    public java.util.Iterator<kith.chat.v1.Chat.SendMessageResponse> sendMessage(
        kith.chat.v1.Chat.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Chat threads between the caller and a counterpart: one of their devices
   * or device apps, talking in its personality and knowing its usage; their
   * goal coach, knowing their goals, recent check-ins and completion ratio; or
   * one of their personas, made of what their friends answered.
   * </pre>
   */
  public static final class ChatServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ChatServiceFutureStub> {
    private ChatServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ChatServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ChatServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.chat.v1.Chat.CreateThreadResponse> createThread(
        kith.chat.v1.Chat.CreateThreadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateThreadMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.chat.v1.Chat.ListThreadsResponse> listThreads(
        kith.chat.v1.Chat.ListThreadsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListThreadsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.chat.v1.Chat.GetThreadResponse> getThread(
        kith.chat.v1.Chat.GetThreadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetThreadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes the thread and its messages.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.chat.v1.Chat.DeleteThreadResponse> deleteThread(
        kith.chat.v1.Chat.DeleteThreadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteThreadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.chat.v1.Chat.ListMessagesResponse> listMessages(
        kith.chat.v1.Chat.ListMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMessagesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_THREAD = 0;
  private static final int METHODID_LIST_THREADS = 1;
  private static final int METHODID_GET_THREAD = 2;
  private static final int METHODID_DELETE_THREAD = 3;
  private static final int METHODID_LIST_MESSAGES = 4;
  private static final int METHODID_SEND_MESSAGE = 5;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ChatServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ChatServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_THREAD:
          serviceImpl.createThread((kith.chat.v1.Chat.CreateThreadRequest) request,
              (io.grpc.stub.StreamObserver<kith.chat.v1.Chat.CreateThreadResponse>) responseObserver);
          break;
        case METHODID_LIST_THREADS:
          serviceImpl.listThreads((kith.chat.v1.Chat.ListThreadsRequest) request,
              (io.grpc.stub.StreamObserver<kith.chat.v1.Chat.ListThreadsResponse>) responseObserver);
          break;
        case METHODID_GET_THREAD:
          serviceImpl.getThread((kith.chat.v1.Chat.GetThreadRequest) request,
              (io.grpc.stub.StreamObserver<kith.chat.v1.Chat.GetThreadResponse>) responseObserver);
          break;
        case METHODID_DELETE_THREAD:
          serviceImpl.deleteThread((kith.chat.v1.Chat.DeleteThreadRequest) request,
              (io.grpc.stub.StreamObserver<kith.chat.v1.Chat.DeleteThreadResponse>) responseObserver);
          break;
        case METHODID_LIST_MESSAGES:
          serviceImpl.listMessages((kith.chat.v1.Chat.ListMessagesRequest) request,
              (io.grpc.stub.StreamObserver<kith.chat.v1.Chat.ListMessagesResponse>) responseObserver);
          break;
        case METHODID_SEND_MESSAGE:
          serviceImpl.sendMessage((kith.chat.v1.Chat.SendMessageRequest) request,
              (io.grpc.stub.StreamObserver<kith.chat.v1.Chat.SendMessageResponse>) responseObserver);
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

  private static abstract class ChatServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ChatServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.chat.v1.Chat.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ChatService");
    }
  }

  private static final class ChatServiceFileDescriptorSupplier
      extends ChatServiceBaseDescriptorSupplier {
    ChatServiceFileDescriptorSupplier() {}
  }

  private static final class ChatServiceMethodDescriptorSupplier
      extends ChatServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ChatServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ChatServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ChatServiceFileDescriptorSupplier())
              .addMethod(getCreateThreadMethod())
              .addMethod(getListThreadsMethod())
              .addMethod(getGetThreadMethod())
              .addMethod(getDeleteThreadMethod())
              .addMethod(getListMessagesMethod())
              .addMethod(getSendMessageMethod())
              .build();
        }
      }
    }
    return result;
  }
}
