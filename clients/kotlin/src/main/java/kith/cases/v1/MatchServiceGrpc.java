package kith.cases.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Matching: photos sent in by the public, candidate matches the matcher
 * proposes between case photos and sightings (or another case's photos),
 * and investigators' decisions. The matcher is the configured one: a face
 * embedding service, or the built-in visual matcher, which compares how
 * pictures look as wholes (perceptual hashes, colour, texture) — it finds a
 * photo resized, recompressed or lightly cropped, not the same face in
 * another photo.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/cases/v1/cases.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class MatchServiceGrpc {

  private MatchServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.cases.v1.MatchService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.SubmitSightingRequest,
      kith.cases.v1.Cases.SubmitSightingResponse> getSubmitSightingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubmitSighting",
      requestType = kith.cases.v1.Cases.SubmitSightingRequest.class,
      responseType = kith.cases.v1.Cases.SubmitSightingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.SubmitSightingRequest,
      kith.cases.v1.Cases.SubmitSightingResponse> getSubmitSightingMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.SubmitSightingRequest, kith.cases.v1.Cases.SubmitSightingResponse> getSubmitSightingMethod;
    if ((getSubmitSightingMethod = MatchServiceGrpc.getSubmitSightingMethod) == null) {
      synchronized (MatchServiceGrpc.class) {
        if ((getSubmitSightingMethod = MatchServiceGrpc.getSubmitSightingMethod) == null) {
          MatchServiceGrpc.getSubmitSightingMethod = getSubmitSightingMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.SubmitSightingRequest, kith.cases.v1.Cases.SubmitSightingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubmitSighting"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.SubmitSightingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.SubmitSightingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MatchServiceMethodDescriptorSupplier("SubmitSighting"))
              .build();
        }
      }
    }
    return getSubmitSightingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.SearchByImageRequest,
      kith.cases.v1.Cases.SearchByImageResponse> getSearchByImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SearchByImage",
      requestType = kith.cases.v1.Cases.SearchByImageRequest.class,
      responseType = kith.cases.v1.Cases.SearchByImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.SearchByImageRequest,
      kith.cases.v1.Cases.SearchByImageResponse> getSearchByImageMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.SearchByImageRequest, kith.cases.v1.Cases.SearchByImageResponse> getSearchByImageMethod;
    if ((getSearchByImageMethod = MatchServiceGrpc.getSearchByImageMethod) == null) {
      synchronized (MatchServiceGrpc.class) {
        if ((getSearchByImageMethod = MatchServiceGrpc.getSearchByImageMethod) == null) {
          MatchServiceGrpc.getSearchByImageMethod = getSearchByImageMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.SearchByImageRequest, kith.cases.v1.Cases.SearchByImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SearchByImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.SearchByImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.SearchByImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MatchServiceMethodDescriptorSupplier("SearchByImage"))
              .build();
        }
      }
    }
    return getSearchByImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListMatchesRequest,
      kith.cases.v1.Cases.ListMatchesResponse> getListMatchesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMatches",
      requestType = kith.cases.v1.Cases.ListMatchesRequest.class,
      responseType = kith.cases.v1.Cases.ListMatchesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListMatchesRequest,
      kith.cases.v1.Cases.ListMatchesResponse> getListMatchesMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.ListMatchesRequest, kith.cases.v1.Cases.ListMatchesResponse> getListMatchesMethod;
    if ((getListMatchesMethod = MatchServiceGrpc.getListMatchesMethod) == null) {
      synchronized (MatchServiceGrpc.class) {
        if ((getListMatchesMethod = MatchServiceGrpc.getListMatchesMethod) == null) {
          MatchServiceGrpc.getListMatchesMethod = getListMatchesMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.ListMatchesRequest, kith.cases.v1.Cases.ListMatchesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMatches"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ListMatchesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.ListMatchesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MatchServiceMethodDescriptorSupplier("ListMatches"))
              .build();
        }
      }
    }
    return getListMatchesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.VerifyMatchRequest,
      kith.cases.v1.Cases.VerifyMatchResponse> getVerifyMatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyMatch",
      requestType = kith.cases.v1.Cases.VerifyMatchRequest.class,
      responseType = kith.cases.v1.Cases.VerifyMatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.VerifyMatchRequest,
      kith.cases.v1.Cases.VerifyMatchResponse> getVerifyMatchMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.VerifyMatchRequest, kith.cases.v1.Cases.VerifyMatchResponse> getVerifyMatchMethod;
    if ((getVerifyMatchMethod = MatchServiceGrpc.getVerifyMatchMethod) == null) {
      synchronized (MatchServiceGrpc.class) {
        if ((getVerifyMatchMethod = MatchServiceGrpc.getVerifyMatchMethod) == null) {
          MatchServiceGrpc.getVerifyMatchMethod = getVerifyMatchMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.VerifyMatchRequest, kith.cases.v1.Cases.VerifyMatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyMatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.VerifyMatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.VerifyMatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MatchServiceMethodDescriptorSupplier("VerifyMatch"))
              .build();
        }
      }
    }
    return getVerifyMatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.cases.v1.Cases.RejectMatchRequest,
      kith.cases.v1.Cases.RejectMatchResponse> getRejectMatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RejectMatch",
      requestType = kith.cases.v1.Cases.RejectMatchRequest.class,
      responseType = kith.cases.v1.Cases.RejectMatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.cases.v1.Cases.RejectMatchRequest,
      kith.cases.v1.Cases.RejectMatchResponse> getRejectMatchMethod() {
    io.grpc.MethodDescriptor<kith.cases.v1.Cases.RejectMatchRequest, kith.cases.v1.Cases.RejectMatchResponse> getRejectMatchMethod;
    if ((getRejectMatchMethod = MatchServiceGrpc.getRejectMatchMethod) == null) {
      synchronized (MatchServiceGrpc.class) {
        if ((getRejectMatchMethod = MatchServiceGrpc.getRejectMatchMethod) == null) {
          MatchServiceGrpc.getRejectMatchMethod = getRejectMatchMethod =
              io.grpc.MethodDescriptor.<kith.cases.v1.Cases.RejectMatchRequest, kith.cases.v1.Cases.RejectMatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RejectMatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.RejectMatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.cases.v1.Cases.RejectMatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MatchServiceMethodDescriptorSupplier("RejectMatch"))
              .build();
        }
      }
    }
    return getRejectMatchMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MatchServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MatchServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MatchServiceStub>() {
        @java.lang.Override
        public MatchServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MatchServiceStub(channel, callOptions);
        }
      };
    return MatchServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MatchServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MatchServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MatchServiceBlockingStub>() {
        @java.lang.Override
        public MatchServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MatchServiceBlockingStub(channel, callOptions);
        }
      };
    return MatchServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MatchServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MatchServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MatchServiceFutureStub>() {
        @java.lang.Override
        public MatchServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MatchServiceFutureStub(channel, callOptions);
        }
      };
    return MatchServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Matching: photos sent in by the public, candidate matches the matcher
   * proposes between case photos and sightings (or another case's photos),
   * and investigators' decisions. The matcher is the configured one: a face
   * embedding service, or the built-in visual matcher, which compares how
   * pictures look as wholes (perceptual hashes, colour, texture) — it finds a
   * photo resized, recompressed or lightly cropped, not the same face in
   * another photo.
   * </pre>
   */
  public static abstract class MatchServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Any signed-in user: first a header (where and when), then chunks of the
     * photo, as UploadImage. The sender learns nothing about cases; a resend
     * of the same photo returns the stored sighting. Limited per user per
     * hour (RESOURCE_EXHAUSTED).
     * </pre>
     */
    public io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SubmitSightingRequest> submitSighting(
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SubmitSightingResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getSubmitSightingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Investigators and admins: the case photos most like the probe, best
     * first, each with its score (0 to 1; from match_threshold on, a
     * candidate).
     * </pre>
     */
    public void searchByImage(kith.cases.v1.Cases.SearchByImageRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SearchByImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchByImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Investigators and admins: candidate matches, newest first.
     * </pre>
     */
    public void listMatches(kith.cases.v1.Cases.ListMatchesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListMatchesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMatchesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Investigators and admins decide a pending match; a verified match
     * notifies the case's reporter.
     * </pre>
     */
    public void verifyMatch(kith.cases.v1.Cases.VerifyMatchRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.VerifyMatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyMatchMethod(), responseObserver);
    }

    /**
     */
    public void rejectMatch(kith.cases.v1.Cases.RejectMatchRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.RejectMatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRejectMatchMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getSubmitSightingMethod(),
            io.grpc.stub.ServerCalls.asyncClientStreamingCall(
              new MethodHandlers<
                kith.cases.v1.Cases.SubmitSightingRequest,
                kith.cases.v1.Cases.SubmitSightingResponse>(
                  this, METHODID_SUBMIT_SIGHTING)))
          .addMethod(
            getSearchByImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.SearchByImageRequest,
                kith.cases.v1.Cases.SearchByImageResponse>(
                  this, METHODID_SEARCH_BY_IMAGE)))
          .addMethod(
            getListMatchesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.ListMatchesRequest,
                kith.cases.v1.Cases.ListMatchesResponse>(
                  this, METHODID_LIST_MATCHES)))
          .addMethod(
            getVerifyMatchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.VerifyMatchRequest,
                kith.cases.v1.Cases.VerifyMatchResponse>(
                  this, METHODID_VERIFY_MATCH)))
          .addMethod(
            getRejectMatchMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.cases.v1.Cases.RejectMatchRequest,
                kith.cases.v1.Cases.RejectMatchResponse>(
                  this, METHODID_REJECT_MATCH)))
          .build();
    }
  }

  /**
   * <pre>
   * Matching: photos sent in by the public, candidate matches the matcher
   * proposes between case photos and sightings (or another case's photos),
   * and investigators' decisions. The matcher is the configured one: a face
   * embedding service, or the built-in visual matcher, which compares how
   * pictures look as wholes (perceptual hashes, colour, texture) — it finds a
   * photo resized, recompressed or lightly cropped, not the same face in
   * another photo.
   * </pre>
   */
  public static final class MatchServiceStub extends io.grpc.stub.AbstractAsyncStub<MatchServiceStub> {
    private MatchServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MatchServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MatchServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Any signed-in user: first a header (where and when), then chunks of the
     * photo, as UploadImage. The sender learns nothing about cases; a resend
     * of the same photo returns the stored sighting. Limited per user per
     * hour (RESOURCE_EXHAUSTED).
     * </pre>
     */
    public io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SubmitSightingRequest> submitSighting(
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SubmitSightingResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getSubmitSightingMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Investigators and admins: the case photos most like the probe, best
     * first, each with its score (0 to 1; from match_threshold on, a
     * candidate).
     * </pre>
     */
    public void searchByImage(kith.cases.v1.Cases.SearchByImageRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SearchByImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchByImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Investigators and admins: candidate matches, newest first.
     * </pre>
     */
    public void listMatches(kith.cases.v1.Cases.ListMatchesRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListMatchesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMatchesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Investigators and admins decide a pending match; a verified match
     * notifies the case's reporter.
     * </pre>
     */
    public void verifyMatch(kith.cases.v1.Cases.VerifyMatchRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.VerifyMatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyMatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void rejectMatch(kith.cases.v1.Cases.RejectMatchRequest request,
        io.grpc.stub.StreamObserver<kith.cases.v1.Cases.RejectMatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRejectMatchMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Matching: photos sent in by the public, candidate matches the matcher
   * proposes between case photos and sightings (or another case's photos),
   * and investigators' decisions. The matcher is the configured one: a face
   * embedding service, or the built-in visual matcher, which compares how
   * pictures look as wholes (perceptual hashes, colour, texture) — it finds a
   * photo resized, recompressed or lightly cropped, not the same face in
   * another photo.
   * </pre>
   */
  public static final class MatchServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<MatchServiceBlockingStub> {
    private MatchServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MatchServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MatchServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Investigators and admins: the case photos most like the probe, best
     * first, each with its score (0 to 1; from match_threshold on, a
     * candidate).
     * </pre>
     */
    public kith.cases.v1.Cases.SearchByImageResponse searchByImage(kith.cases.v1.Cases.SearchByImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchByImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Investigators and admins: candidate matches, newest first.
     * </pre>
     */
    public kith.cases.v1.Cases.ListMatchesResponse listMatches(kith.cases.v1.Cases.ListMatchesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMatchesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Investigators and admins decide a pending match; a verified match
     * notifies the case's reporter.
     * </pre>
     */
    public kith.cases.v1.Cases.VerifyMatchResponse verifyMatch(kith.cases.v1.Cases.VerifyMatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyMatchMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.cases.v1.Cases.RejectMatchResponse rejectMatch(kith.cases.v1.Cases.RejectMatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRejectMatchMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Matching: photos sent in by the public, candidate matches the matcher
   * proposes between case photos and sightings (or another case's photos),
   * and investigators' decisions. The matcher is the configured one: a face
   * embedding service, or the built-in visual matcher, which compares how
   * pictures look as wholes (perceptual hashes, colour, texture) — it finds a
   * photo resized, recompressed or lightly cropped, not the same face in
   * another photo.
   * </pre>
   */
  public static final class MatchServiceFutureStub extends io.grpc.stub.AbstractFutureStub<MatchServiceFutureStub> {
    private MatchServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MatchServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MatchServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Investigators and admins: the case photos most like the probe, best
     * first, each with its score (0 to 1; from match_threshold on, a
     * candidate).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.SearchByImageResponse> searchByImage(
        kith.cases.v1.Cases.SearchByImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchByImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Investigators and admins: candidate matches, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.ListMatchesResponse> listMatches(
        kith.cases.v1.Cases.ListMatchesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMatchesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Investigators and admins decide a pending match; a verified match
     * notifies the case's reporter.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.VerifyMatchResponse> verifyMatch(
        kith.cases.v1.Cases.VerifyMatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyMatchMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.cases.v1.Cases.RejectMatchResponse> rejectMatch(
        kith.cases.v1.Cases.RejectMatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRejectMatchMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SEARCH_BY_IMAGE = 0;
  private static final int METHODID_LIST_MATCHES = 1;
  private static final int METHODID_VERIFY_MATCH = 2;
  private static final int METHODID_REJECT_MATCH = 3;
  private static final int METHODID_SUBMIT_SIGHTING = 4;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final MatchServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(MatchServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SEARCH_BY_IMAGE:
          serviceImpl.searchByImage((kith.cases.v1.Cases.SearchByImageRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SearchByImageResponse>) responseObserver);
          break;
        case METHODID_LIST_MATCHES:
          serviceImpl.listMatches((kith.cases.v1.Cases.ListMatchesRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.ListMatchesResponse>) responseObserver);
          break;
        case METHODID_VERIFY_MATCH:
          serviceImpl.verifyMatch((kith.cases.v1.Cases.VerifyMatchRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.VerifyMatchResponse>) responseObserver);
          break;
        case METHODID_REJECT_MATCH:
          serviceImpl.rejectMatch((kith.cases.v1.Cases.RejectMatchRequest) request,
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.RejectMatchResponse>) responseObserver);
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
        case METHODID_SUBMIT_SIGHTING:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.submitSighting(
              (io.grpc.stub.StreamObserver<kith.cases.v1.Cases.SubmitSightingResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class MatchServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MatchServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.cases.v1.Cases.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MatchService");
    }
  }

  private static final class MatchServiceFileDescriptorSupplier
      extends MatchServiceBaseDescriptorSupplier {
    MatchServiceFileDescriptorSupplier() {}
  }

  private static final class MatchServiceMethodDescriptorSupplier
      extends MatchServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    MatchServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (MatchServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MatchServiceFileDescriptorSupplier())
              .addMethod(getSubmitSightingMethod())
              .addMethod(getSearchByImageMethod())
              .addMethod(getListMatchesMethod())
              .addMethod(getVerifyMatchMethod())
              .addMethod(getRejectMatchMethod())
              .build();
        }
      }
    }
    return result;
  }
}
