package kith.notifications.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * HTTPS endpoints that receive notifications as signed JSON. Each delivery
 * is a job: POSTed with the headers X-Kith-Delivery (its id) and
 * X-Kith-Signature "t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
 * "&lt;t&gt;.&lt;body&gt;" keyed by the endpoint's secret&gt;", retried with backoff, and
 * dead (with the last status and error) when the attempts run out.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/notifications/v1/webhooks.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class WebhookServiceGrpc {

  private WebhookServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.notifications.v1.WebhookService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.CreateWebhookRequest,
      kith.notifications.v1.Webhooks.CreateWebhookResponse> getCreateWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateWebhook",
      requestType = kith.notifications.v1.Webhooks.CreateWebhookRequest.class,
      responseType = kith.notifications.v1.Webhooks.CreateWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.CreateWebhookRequest,
      kith.notifications.v1.Webhooks.CreateWebhookResponse> getCreateWebhookMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.CreateWebhookRequest, kith.notifications.v1.Webhooks.CreateWebhookResponse> getCreateWebhookMethod;
    if ((getCreateWebhookMethod = WebhookServiceGrpc.getCreateWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getCreateWebhookMethod = WebhookServiceGrpc.getCreateWebhookMethod) == null) {
          WebhookServiceGrpc.getCreateWebhookMethod = getCreateWebhookMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Webhooks.CreateWebhookRequest, kith.notifications.v1.Webhooks.CreateWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.CreateWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.CreateWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("CreateWebhook"))
              .build();
        }
      }
    }
    return getCreateWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.ListWebhooksRequest,
      kith.notifications.v1.Webhooks.ListWebhooksResponse> getListWebhooksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhooks",
      requestType = kith.notifications.v1.Webhooks.ListWebhooksRequest.class,
      responseType = kith.notifications.v1.Webhooks.ListWebhooksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.ListWebhooksRequest,
      kith.notifications.v1.Webhooks.ListWebhooksResponse> getListWebhooksMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.ListWebhooksRequest, kith.notifications.v1.Webhooks.ListWebhooksResponse> getListWebhooksMethod;
    if ((getListWebhooksMethod = WebhookServiceGrpc.getListWebhooksMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getListWebhooksMethod = WebhookServiceGrpc.getListWebhooksMethod) == null) {
          WebhookServiceGrpc.getListWebhooksMethod = getListWebhooksMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Webhooks.ListWebhooksRequest, kith.notifications.v1.Webhooks.ListWebhooksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhooks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.ListWebhooksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.ListWebhooksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("ListWebhooks"))
              .build();
        }
      }
    }
    return getListWebhooksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.DeleteWebhookRequest,
      kith.notifications.v1.Webhooks.DeleteWebhookResponse> getDeleteWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteWebhook",
      requestType = kith.notifications.v1.Webhooks.DeleteWebhookRequest.class,
      responseType = kith.notifications.v1.Webhooks.DeleteWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.DeleteWebhookRequest,
      kith.notifications.v1.Webhooks.DeleteWebhookResponse> getDeleteWebhookMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.DeleteWebhookRequest, kith.notifications.v1.Webhooks.DeleteWebhookResponse> getDeleteWebhookMethod;
    if ((getDeleteWebhookMethod = WebhookServiceGrpc.getDeleteWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getDeleteWebhookMethod = WebhookServiceGrpc.getDeleteWebhookMethod) == null) {
          WebhookServiceGrpc.getDeleteWebhookMethod = getDeleteWebhookMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Webhooks.DeleteWebhookRequest, kith.notifications.v1.Webhooks.DeleteWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.DeleteWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.DeleteWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("DeleteWebhook"))
              .build();
        }
      }
    }
    return getDeleteWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest,
      kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse> getListWebhookDeliveriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhookDeliveries",
      requestType = kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest.class,
      responseType = kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest,
      kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse> getListWebhookDeliveriesMethod() {
    io.grpc.MethodDescriptor<kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest, kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse> getListWebhookDeliveriesMethod;
    if ((getListWebhookDeliveriesMethod = WebhookServiceGrpc.getListWebhookDeliveriesMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getListWebhookDeliveriesMethod = WebhookServiceGrpc.getListWebhookDeliveriesMethod) == null) {
          WebhookServiceGrpc.getListWebhookDeliveriesMethod = getListWebhookDeliveriesMethod =
              io.grpc.MethodDescriptor.<kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest, kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhookDeliveries"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("ListWebhookDeliveries"))
              .build();
        }
      }
    }
    return getListWebhookDeliveriesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WebhookServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceStub>() {
        @java.lang.Override
        public WebhookServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceStub(channel, callOptions);
        }
      };
    return WebhookServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WebhookServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceBlockingStub>() {
        @java.lang.Override
        public WebhookServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceBlockingStub(channel, callOptions);
        }
      };
    return WebhookServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WebhookServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceFutureStub>() {
        @java.lang.Override
        public WebhookServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceFutureStub(channel, callOptions);
        }
      };
    return WebhookServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * HTTPS endpoints that receive notifications as signed JSON. Each delivery
   * is a job: POSTed with the headers X-Kith-Delivery (its id) and
   * X-Kith-Signature "t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
   * "&lt;t&gt;.&lt;body&gt;" keyed by the endpoint's secret&gt;", retried with backoff, and
   * dead (with the last status and error) when the attempts run out.
   * </pre>
   */
  public static abstract class WebhookServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Registers an endpoint of the caller's (or, for admins with `system`, one
     * that receives every user's notifications). The URL must be https and
     * must not resolve to a loopback, private or link-local address. The
     * secret is in this response only. At most 10 endpoints per user.
     * </pre>
     */
    public void createWebhook(kith.notifications.v1.Webhooks.CreateWebhookRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.CreateWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * The caller's endpoints (admins: with `system`, the system ones), newest
     * first, without secrets.
     * </pre>
     */
    public void listWebhooks(kith.notifications.v1.Webhooks.ListWebhooksRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.ListWebhooksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhooksMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes an endpoint and its delivery log.
     * </pre>
     */
    public void deleteWebhook(kith.notifications.v1.Webhooks.DeleteWebhookRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.DeleteWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * One endpoint's deliveries, newest first.
     * </pre>
     */
    public void listWebhookDeliveries(kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhookDeliveriesMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateWebhookMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Webhooks.CreateWebhookRequest,
                kith.notifications.v1.Webhooks.CreateWebhookResponse>(
                  this, METHODID_CREATE_WEBHOOK)))
          .addMethod(
            getListWebhooksMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Webhooks.ListWebhooksRequest,
                kith.notifications.v1.Webhooks.ListWebhooksResponse>(
                  this, METHODID_LIST_WEBHOOKS)))
          .addMethod(
            getDeleteWebhookMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Webhooks.DeleteWebhookRequest,
                kith.notifications.v1.Webhooks.DeleteWebhookResponse>(
                  this, METHODID_DELETE_WEBHOOK)))
          .addMethod(
            getListWebhookDeliveriesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest,
                kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse>(
                  this, METHODID_LIST_WEBHOOK_DELIVERIES)))
          .build();
    }
  }

  /**
   * <pre>
   * HTTPS endpoints that receive notifications as signed JSON. Each delivery
   * is a job: POSTed with the headers X-Kith-Delivery (its id) and
   * X-Kith-Signature "t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
   * "&lt;t&gt;.&lt;body&gt;" keyed by the endpoint's secret&gt;", retried with backoff, and
   * dead (with the last status and error) when the attempts run out.
   * </pre>
   */
  public static final class WebhookServiceStub extends io.grpc.stub.AbstractAsyncStub<WebhookServiceStub> {
    private WebhookServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Registers an endpoint of the caller's (or, for admins with `system`, one
     * that receives every user's notifications). The URL must be https and
     * must not resolve to a loopback, private or link-local address. The
     * secret is in this response only. At most 10 endpoints per user.
     * </pre>
     */
    public void createWebhook(kith.notifications.v1.Webhooks.CreateWebhookRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.CreateWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The caller's endpoints (admins: with `system`, the system ones), newest
     * first, without secrets.
     * </pre>
     */
    public void listWebhooks(kith.notifications.v1.Webhooks.ListWebhooksRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.ListWebhooksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhooksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes an endpoint and its delivery log.
     * </pre>
     */
    public void deleteWebhook(kith.notifications.v1.Webhooks.DeleteWebhookRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.DeleteWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * One endpoint's deliveries, newest first.
     * </pre>
     */
    public void listWebhookDeliveries(kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest request,
        io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhookDeliveriesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * HTTPS endpoints that receive notifications as signed JSON. Each delivery
   * is a job: POSTed with the headers X-Kith-Delivery (its id) and
   * X-Kith-Signature "t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
   * "&lt;t&gt;.&lt;body&gt;" keyed by the endpoint's secret&gt;", retried with backoff, and
   * dead (with the last status and error) when the attempts run out.
   * </pre>
   */
  public static final class WebhookServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<WebhookServiceBlockingStub> {
    private WebhookServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Registers an endpoint of the caller's (or, for admins with `system`, one
     * that receives every user's notifications). The URL must be https and
     * must not resolve to a loopback, private or link-local address. The
     * secret is in this response only. At most 10 endpoints per user.
     * </pre>
     */
    public kith.notifications.v1.Webhooks.CreateWebhookResponse createWebhook(kith.notifications.v1.Webhooks.CreateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's endpoints (admins: with `system`, the system ones), newest
     * first, without secrets.
     * </pre>
     */
    public kith.notifications.v1.Webhooks.ListWebhooksResponse listWebhooks(kith.notifications.v1.Webhooks.ListWebhooksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhooksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes an endpoint and its delivery log.
     * </pre>
     */
    public kith.notifications.v1.Webhooks.DeleteWebhookResponse deleteWebhook(kith.notifications.v1.Webhooks.DeleteWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * One endpoint's deliveries, newest first.
     * </pre>
     */
    public kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse listWebhookDeliveries(kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhookDeliveriesMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * HTTPS endpoints that receive notifications as signed JSON. Each delivery
   * is a job: POSTed with the headers X-Kith-Delivery (its id) and
   * X-Kith-Signature "t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
   * "&lt;t&gt;.&lt;body&gt;" keyed by the endpoint's secret&gt;", retried with backoff, and
   * dead (with the last status and error) when the attempts run out.
   * </pre>
   */
  public static final class WebhookServiceFutureStub extends io.grpc.stub.AbstractFutureStub<WebhookServiceFutureStub> {
    private WebhookServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Registers an endpoint of the caller's (or, for admins with `system`, one
     * that receives every user's notifications). The URL must be https and
     * must not resolve to a loopback, private or link-local address. The
     * secret is in this response only. At most 10 endpoints per user.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Webhooks.CreateWebhookResponse> createWebhook(
        kith.notifications.v1.Webhooks.CreateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The caller's endpoints (admins: with `system`, the system ones), newest
     * first, without secrets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Webhooks.ListWebhooksResponse> listWebhooks(
        kith.notifications.v1.Webhooks.ListWebhooksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhooksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes an endpoint and its delivery log.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Webhooks.DeleteWebhookResponse> deleteWebhook(
        kith.notifications.v1.Webhooks.DeleteWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * One endpoint's deliveries, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse> listWebhookDeliveries(
        kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhookDeliveriesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_WEBHOOK = 0;
  private static final int METHODID_LIST_WEBHOOKS = 1;
  private static final int METHODID_DELETE_WEBHOOK = 2;
  private static final int METHODID_LIST_WEBHOOK_DELIVERIES = 3;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final WebhookServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(WebhookServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_WEBHOOK:
          serviceImpl.createWebhook((kith.notifications.v1.Webhooks.CreateWebhookRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.CreateWebhookResponse>) responseObserver);
          break;
        case METHODID_LIST_WEBHOOKS:
          serviceImpl.listWebhooks((kith.notifications.v1.Webhooks.ListWebhooksRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.ListWebhooksResponse>) responseObserver);
          break;
        case METHODID_DELETE_WEBHOOK:
          serviceImpl.deleteWebhook((kith.notifications.v1.Webhooks.DeleteWebhookRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.DeleteWebhookResponse>) responseObserver);
          break;
        case METHODID_LIST_WEBHOOK_DELIVERIES:
          serviceImpl.listWebhookDeliveries((kith.notifications.v1.Webhooks.ListWebhookDeliveriesRequest) request,
              (io.grpc.stub.StreamObserver<kith.notifications.v1.Webhooks.ListWebhookDeliveriesResponse>) responseObserver);
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

  private static abstract class WebhookServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WebhookServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.notifications.v1.Webhooks.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("WebhookService");
    }
  }

  private static final class WebhookServiceFileDescriptorSupplier
      extends WebhookServiceBaseDescriptorSupplier {
    WebhookServiceFileDescriptorSupplier() {}
  }

  private static final class WebhookServiceMethodDescriptorSupplier
      extends WebhookServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    WebhookServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (WebhookServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WebhookServiceFileDescriptorSupplier())
              .addMethod(getCreateWebhookMethod())
              .addMethod(getListWebhooksMethod())
              .addMethod(getDeleteWebhookMethod())
              .addMethod(getListWebhookDeliveriesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
