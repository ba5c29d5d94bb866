package kith.cases.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * A case's photos. Bytes are kept in a folder (never in the database),
 * addressed by their SHA-256; the same photo twice on one case is stored
 * once. Type and size are checked from the bytes, not the client's word.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/cases/v1/cases.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ImageServiceGrpc {

  private ImageServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.cases.v1.ImageService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.UploadImageRequest,
      kith.cases.v1.Cases.UploadImageResponse> getUploadImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadImage",
      requestType = kith.cases.v1.Cases.UploadImageRequest.class,
      responseType = kith.cases.v1.Cases.UploadImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.UploadImageRequest,
      kith.cases.v1.Cases.UploadImageResponse> getUploadImageMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.UploadImageRequest, kith.cases.v1.Cases.UploadImageResponse> getUploadImageMethod;
    if ((getUploadImageMethod = ImageServiceGrpc.getUploadImageMethod) == null) {
      synchronized (ImageServiceGrpc.class) {
        if ((getUploadImageMethod = ImageServiceGrpc.getUploadImageMethod) == null) {
          ImageServiceGrpc.getUploadImageMethod = getUploadImageMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.UploadImageRequest, kith.cases.v1.Cases.UploadImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.UploadImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.UploadImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageServiceMethodDescriptorSupplier("UploadImage"))
              .build();
        }
      }
    }
    return getUploadImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.UploadImageBatchRequest,
      kith.cases.v1.Cases.UploadImageBatchResponse> getUploadImageBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadImageBatch",
      requestType = kith.cases.v1.Cases.UploadImageBatchRequest.class,
      responseType = kith.cases.v1.Cases.UploadImageBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.UploadImageBatchRequest,
      kith.cases.v1.Cases.UploadImageBatchResponse> getUploadImageBatchMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.UploadImageBatchRequest, kith.cases.v1.Cases.UploadImageBatchResponse> getUploadImageBatchMethod;
    if ((getUploadImageBatchMethod = ImageServiceGrpc.getUploadImageBatchMethod) == null) {
      synchronized (ImageServiceGrpc.class) {
        if ((getUploadImageBatchMethod = ImageServiceGrpc.getUploadImageBatchMethod) == null) {
          ImageServiceGrpc.getUploadImageBatchMethod = getUploadImageBatchMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.UploadImageBatchRequest, kith.cases.v1.Cases.UploadImageBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadImageBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.UploadImageBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.UploadImageBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageServiceMethodDescriptorSupplier("UploadImageBatch"))
              .build();
        }
      }
    }
    return getUploadImageBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.DownloadImageRequest,
      kith.cases.v1.Cases.DownloadImageResponse> getDownloadImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DownloadImage",
      requestType = kith.cases.v1.Cases.DownloadImageRequest.class,
      responseType = kith.cases.v1.Cases.DownloadImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.DownloadImageRequest,
      kith.cases.v1.Cases.DownloadImageResponse> getDownloadImageMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.DownloadImageRequest, kith.cases.v1.Cases.DownloadImageResponse> getDownloadImageMethod;
    if ((getDownloadImageMethod = ImageServiceGrpc.getDownloadImageMethod) == null) {
      synchronized (ImageServiceGrpc.class) {
        if ((getDownloadImageMethod = ImageServiceGrpc.getDownloadImageMethod) == null) {
          ImageServiceGrpc.getDownloadImageMethod = getDownloadImageMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.DownloadImageRequest, kith.cases.v1.Cases.DownloadImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DownloadImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.DownloadImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.DownloadImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageServiceMethodDescriptorSupplier("DownloadImage"))
              .build();
        }
      }
    }
    return getDownloadImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListImagesRequest,
      kith.cases.v1.Cases.ListImagesResponse> getListImagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImages",
      requestType = kith.cases.v1.Cases.ListImagesRequest.class,
      responseType = kith.cases.v1.Cases.ListImagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListImagesRequest,
      kith.cases.v1.Cases.ListImagesResponse> getListImagesMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListImagesRequest, kith.cases.v1.Cases.ListImagesResponse> getListImagesMethod;
    if ((getListImagesMethod = ImageServiceGrpc.getListImagesMethod) == null) {
      synchronized (ImageServiceGrpc.class) {
        if ((getListImagesMethod = ImageServiceGrpc.getListImagesMethod) == null) {
          ImageServiceGrpc.getListImagesMethod = getListImagesMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.ListImagesRequest, kith.cases.v1.Cases.ListImagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ListImagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ListImagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImageServiceMethodDescriptorSupplier("ListImages"))
              .build();
        }
      }
    }
    return getListImagesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImageServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageServiceStub>() {
        @java.lang.Override
        public ImageServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageServiceStub(channel, callOptions);
        }
      };
    return ImageServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImageServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageServiceBlockingStub>() {
        @java.lang.Override
        public ImageServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageServiceBlockingStub(channel, callOptions);
        }
      };
    return ImageServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImageServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImageServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImageServiceFutureStub>() {
        @java.lang.Override
        public ImageServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImageServiceFutureStub(channel, callOptions);
        }
      };
    return ImageServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * A case's photos. Bytes are kept in a folder (never in the database),
   * addressed by their SHA-256; the same photo twice on one case is stored
   * once. Type and size are checked from the bytes, not the client's word.
   * </pre>
   */
  public static abstract class ImageServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * First a header (the case and what the photo shows), then chunks of the
     * file. A stream cut before its end stores nothing.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageRequest> uploadImage(
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getUploadImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * For browsers (no client streams over gRPC-Web): at most 4 photos in
     * one call, each within the same size limit and the message limit.
     * </pre>
     */
    public void uploadImageBatch(kith.cases.v1.Cases.UploadImageBatchRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadImageBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * The photo's metadata first, then its bytes in chunks of 64 KiB.
     * </pre>
     */
    public void downloadImage(kith.cases.v1.Cases.DownloadImageRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.DownloadImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDownloadImageMethod(), responseObserver);
    }

    /**
     */
    public void listImages(kith.cases.v1.Cases.ListImagesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListImagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImagesMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getUploadImageMethod(),
            io.grpc.stub.ServerCalls.asyncClientStreamingCall(
              new MethodHandlers<
                kith.cases.v1.Cases.UploadImageRequest,
                kith.cases.v1.Cases.UploadImageResponse>(
                  this, METHODID_UPLOAD_IMAGE)))
          .addMethod(
            getUploadImageBatchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.UploadImageBatchRequest,
                kith.cases.v1.Cases.UploadImageBatchResponse>(
                  this, METHODID_UPLOAD_IMAGE_BATCH)))
          .addMethod(
            getDownloadImageMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.cases.v1.Cases.DownloadImageRequest,
                kith.cases.v1.Cases.DownloadImageResponse>(
                  this, METHODID_DOWNLOAD_IMAGE)))
          .addMethod(
            getListImagesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.ListImagesRequest,
                kith.cases.v1.Cases.ListImagesResponse>(
                  this, METHODID_LIST_IMAGES)))
          .build();
    }
  }

  /**
   * <pre>
   * A case's photos. Bytes are kept in a folder (never in the database),
   * addressed by their SHA-256; the same photo twice on one case is stored
   * once. Type and size are checked from the bytes, not the client's word.
   * </pre>
   */
  public static final class ImageServiceStub extends io.grpc.stub.AbstractAsyncStub<ImageServiceStub> {
    private ImageServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * First a header (the case and what the photo shows), then chunks of the
     * file. A stream cut before its end stores nothing.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageRequest> uploadImage(
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getUploadImageMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * For browsers (no client streams over gRPC-Web): at most 4 photos in
     * one call, each within the same size limit and the message limit.
     * </pre>
     */
    public void uploadImageBatch(kith.cases.v1.Cases.UploadImageBatchRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadImageBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The photo's metadata first, then its bytes in chunks of 64 KiB.
     * </pre>
     */
    public void downloadImage(kith.cases.v1.Cases.DownloadImageRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.DownloadImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getDownloadImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listImages(kith.cases.v1.Cases.ListImagesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListImagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImagesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * A case's photos. Bytes are kept in a folder (never in the database),
   * addressed by their SHA-256; the same photo twice on one case is stored
   * once. Type and size are checked from the bytes, not the client's word.
   * </pre>
   */
  public static final class ImageServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ImageServiceBlockingStub> {
    private ImageServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * For browsers (no client streams over gRPC-Web): at most 4 photos in
     * one call, each within the same size limit and the message limit.
     * </pre>
     */
    public kith.cases.v1.Cases.UploadImageBatchResponse uploadImageBatch(kith.cases.v1.Cases.UploadImageBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadImageBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The photo's metadata first, then its bytes in chunks of 64 KiB.
     * </pre>
     */
    public java.util.Iterator<kith.cases.v1.Cases.DownloadImageResponse> downloadImage(
        kith.cases.v1.Cases.DownloadImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getDownloadImageMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.cases.v1.Cases.ListImagesResponse listImages(kith.cases.v1.Cases.ListImagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImagesMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * A case's photos. Bytes are kept in a folder (never in the database),
   * addressed by their SHA-256; the same photo twice on one case is stored
   * once. Type and size are checked from the bytes, not the client's word.
   * </pre>
   */
  public static final class ImageServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ImageServiceFutureStub> {
    private ImageServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImageServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImageServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * For browsers (no client streams over gRPC-Web): at most 4 photos in
     * one call, each within the same size limit and the message limit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.UploadImageBatchResponse> uploadImageBatch(
        kith.cases.v1.Cases.UploadImageBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadImageBatchMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.ListImagesResponse> listImages(
        kith.cases.v1.Cases.ListImagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImagesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_UPLOAD_IMAGE_BATCH = 0;
  private static final int METHODID_DOWNLOAD_IMAGE = 1;
  private static final int METHODID_LIST_IMAGES = 2;
  private static final int METHODID_UPLOAD_IMAGE = 3;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ImageServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ImageServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_UPLOAD_IMAGE_BATCH:
          serviceImpl.uploadImageBatch((kith.cases.v1.Cases.UploadImageBatchRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageBatchResponse>) responseObserver);
          break;
        case METHODID_DOWNLOAD_IMAGE:
          serviceImpl.downloadImage((kith.cases.v1.Cases.DownloadImageRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.DownloadImageResponse>) responseObserver);
          break;
        case METHODID_LIST_IMAGES:
          serviceImpl.listImages((kith.cases.v1.Cases.ListImagesRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListImagesResponse>) responseObserver);
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
        case METHODID_UPLOAD_IMAGE:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.uploadImage(
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.UploadImageResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class ImageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ImageServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.cases.v1.Cases.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ImageService");
    }
  }

  private static final class ImageServiceFileDescriptorSupplier
      extends ImageServiceBaseDescriptorSupplier {
    ImageServiceFileDescriptorSupplier() {}
  }

  private static final class ImageServiceMethodDescriptorSupplier
      extends ImageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ImageServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ImageServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ImageServiceFileDescriptorSupplier())
              .addMethod(getUploadImageMethod())
              .addMethod(getUploadImageBatchMethod())
              .addMethod(getDownloadImageMethod())
              .addMethod(getListImagesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
