package kith.jobs.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The background job queue and its schedules. Admins only, except GetJob and
 * WatchJob, which any signed-in user may call for their own jobs.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/jobs/v1/jobs.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class JobServiceGrpc {

  private JobServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.jobs.v1.JobService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.ListJobsRequest,
      kith.jobs.v1.Jobs.ListJobsResponse> getListJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListJobs",
      requestType = kith.jobs.v1.Jobs.ListJobsRequest.class,
      responseType = kith.jobs.v1.Jobs.ListJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.ListJobsRequest,
      kith.jobs.v1.Jobs.ListJobsResponse> getListJobsMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.ListJobsRequest, kith.jobs.v1.Jobs.ListJobsResponse> getListJobsMethod;
    if ((getListJobsMethod = JobServiceGrpc.getListJobsMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getListJobsMethod = JobServiceGrpc.getListJobsMethod) == null) {
          JobServiceGrpc.getListJobsMethod = getListJobsMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.ListJobsRequest, kith.jobs.v1.Jobs.ListJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.ListJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.ListJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("ListJobs"))
              .build();
        }
      }
    }
    return getListJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.GetJobRequest,
      kith.jobs.v1.Jobs.GetJobResponse> getGetJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetJob",
      requestType = kith.jobs.v1.Jobs.GetJobRequest.class,
      responseType = kith.jobs.v1.Jobs.GetJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.GetJobRequest,
      kith.jobs.v1.Jobs.GetJobResponse> getGetJobMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.GetJobRequest, kith.jobs.v1.Jobs.GetJobResponse> getGetJobMethod;
    if ((getGetJobMethod = JobServiceGrpc.getGetJobMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getGetJobMethod = JobServiceGrpc.getGetJobMethod) == null) {
          JobServiceGrpc.getGetJobMethod = getGetJobMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.GetJobRequest, kith.jobs.v1.Jobs.GetJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.GetJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.GetJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("GetJob"))
              .build();
        }
      }
    }
    return getGetJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.RetryJobRequest,
      kith.jobs.v1.Jobs.RetryJobResponse> getRetryJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RetryJob",
      requestType = kith.jobs.v1.Jobs.RetryJobRequest.class,
      responseType = kith.jobs.v1.Jobs.RetryJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.RetryJobRequest,
      kith.jobs.v1.Jobs.RetryJobResponse> getRetryJobMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.RetryJobRequest, kith.jobs.v1.Jobs.RetryJobResponse> getRetryJobMethod;
    if ((getRetryJobMethod = JobServiceGrpc.getRetryJobMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getRetryJobMethod = JobServiceGrpc.getRetryJobMethod) == null) {
          JobServiceGrpc.getRetryJobMethod = getRetryJobMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.RetryJobRequest, kith.jobs.v1.Jobs.RetryJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RetryJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.RetryJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.RetryJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("RetryJob"))
              .build();
        }
      }
    }
    return getRetryJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.CancelJobRequest,
      kith.jobs.v1.Jobs.CancelJobResponse> getCancelJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelJob",
      requestType = kith.jobs.v1.Jobs.CancelJobRequest.class,
      responseType = kith.jobs.v1.Jobs.CancelJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.CancelJobRequest,
      kith.jobs.v1.Jobs.CancelJobResponse> getCancelJobMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.CancelJobRequest, kith.jobs.v1.Jobs.CancelJobResponse> getCancelJobMethod;
    if ((getCancelJobMethod = JobServiceGrpc.getCancelJobMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getCancelJobMethod = JobServiceGrpc.getCancelJobMethod) == null) {
          JobServiceGrpc.getCancelJobMethod = getCancelJobMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.CancelJobRequest, kith.jobs.v1.Jobs.CancelJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.CancelJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.CancelJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("CancelJob"))
              .build();
        }
      }
    }
    return getCancelJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.ListSchedulesRequest,
      kith.jobs.v1.Jobs.ListSchedulesResponse> getListSchedulesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSchedules",
      requestType = kith.jobs.v1.Jobs.ListSchedulesRequest.class,
      responseType = kith.jobs.v1.Jobs.ListSchedulesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.ListSchedulesRequest,
      kith.jobs.v1.Jobs.ListSchedulesResponse> getListSchedulesMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.ListSchedulesRequest, kith.jobs.v1.Jobs.ListSchedulesResponse> getListSchedulesMethod;
    if ((getListSchedulesMethod = JobServiceGrpc.getListSchedulesMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getListSchedulesMethod = JobServiceGrpc.getListSchedulesMethod) == null) {
          JobServiceGrpc.getListSchedulesMethod = getListSchedulesMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.ListSchedulesRequest, kith.jobs.v1.Jobs.ListSchedulesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSchedules"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.ListSchedulesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.ListSchedulesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("ListSchedules"))
              .build();
        }
      }
    }
    return getListSchedulesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.TriggerScheduleRequest,
      kith.jobs.v1.Jobs.TriggerScheduleResponse> getTriggerScheduleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TriggerSchedule",
      requestType = kith.jobs.v1.Jobs.TriggerScheduleRequest.class,
      responseType = kith.jobs.v1.Jobs.TriggerScheduleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.TriggerScheduleRequest,
      kith.jobs.v1.Jobs.TriggerScheduleResponse> getTriggerScheduleMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.TriggerScheduleRequest, kith.jobs.v1.Jobs.TriggerScheduleResponse> getTriggerScheduleMethod;
    if ((getTriggerScheduleMethod = JobServiceGrpc.getTriggerScheduleMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getTriggerScheduleMethod = JobServiceGrpc.getTriggerScheduleMethod) == null) {
          JobServiceGrpc.getTriggerScheduleMethod = getTriggerScheduleMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.TriggerScheduleRequest, kith.jobs.v1.Jobs.TriggerScheduleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TriggerSchedule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.TriggerScheduleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.TriggerScheduleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("TriggerSchedule"))
              .build();
        }
      }
    }
    return getTriggerScheduleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.WatchJobRequest,
      kith.jobs.v1.Jobs.WatchJobResponse> getWatchJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchJob",
      requestType = kith.jobs.v1.Jobs.WatchJobRequest.class,
      responseType = kith.jobs.v1.Jobs.WatchJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.WatchJobRequest,
      kith.jobs.v1.Jobs.WatchJobResponse> getWatchJobMethod() {
    io.grpc.MethodDescriptor<kith.jobs.v1.Jobs.WatchJobRequest, kith.jobs.v1.Jobs.WatchJobResponse> getWatchJobMethod;
    if ((getWatchJobMethod = JobServiceGrpc.getWatchJobMethod) == null) {
      synchronized (JobServiceGrpc.class) {
        if ((getWatchJobMethod = JobServiceGrpc.getWatchJobMethod) == null) {
          JobServiceGrpc.getWatchJobMethod = getWatchJobMethod =
              io.grpc.MethodDescriptor.<kith.jobs.v1.Jobs.WatchJobRequest, kith.jobs.v1.Jobs.WatchJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.WatchJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.jobs.v1.Jobs.WatchJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new JobServiceMethodDescriptorSupplier("WatchJob"))
              .build();
        }
      }
    }
    return getWatchJobMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static JobServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JobServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JobServiceStub>() {
        @java.lang.Override
        public JobServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JobServiceStub(channel, callOptions);
        }
      };
    return JobServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static JobServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JobServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JobServiceBlockingStub>() {
        @java.lang.Override
        public JobServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JobServiceBlockingStub(channel, callOptions);
        }
      };
    return JobServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static JobServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<JobServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<JobServiceFutureStub>() {
        @java.lang.Override
        public JobServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new JobServiceFutureStub(channel, callOptions);
        }
      };
    return JobServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The background job queue and its schedules. Admins only, except GetJob and
   * WatchJob, which any signed-in user may call for their own jobs.
   * </pre>
   */
  public static abstract class JobServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void listJobs(kith.jobs.v1.Jobs.ListJobsRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.ListJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Admins read every job; anyone else only a job whose user_id is theirs
     * (e.g. the one DetectPatterns returns). Another user's job, or a system
     * job, is NOT_FOUND like a missing one.
     * </pre>
     */
    public void getJob(kith.jobs.v1.Jobs.GetJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.GetJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * A dead or cancelled job back to the queue with fresh attempts.
     * </pre>
     */
    public void retryJob(kith.jobs.v1.Jobs.RetryJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.RetryJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRetryJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Cancels a queued job; a running job finishes its attempt.
     * </pre>
     */
    public void cancelJob(kith.jobs.v1.Jobs.CancelJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.CancelJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelJobMethod(), responseObserver);
    }

    /**
     */
    public void listSchedules(kith.jobs.v1.Jobs.ListSchedulesRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.ListSchedulesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSchedulesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Enqueues the schedule's latest slot now (once per slot, like a tick).
     * </pre>
     */
    public void triggerSchedule(kith.jobs.v1.Jobs.TriggerScheduleRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.TriggerScheduleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTriggerScheduleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the job each time its state changes, ending when it finishes.
     * Readable by the same callers as GetJob. A user may have a few streams
     * open at once (KITH_JOB_WATCHERS_PER_USER, default 10, per server
     * process); beyond that RESOURCE_EXHAUSTED with reason TOO_MANY_WATCHERS.
     * </pre>
     */
    public void watchJob(kith.jobs.v1.Jobs.WatchJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.WatchJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchJobMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListJobsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.ListJobsRequest,
                kith.jobs.v1.Jobs.ListJobsResponse>(
                  this, METHODID_LIST_JOBS)))
          .addMethod(
            getGetJobMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.GetJobRequest,
                kith.jobs.v1.Jobs.GetJobResponse>(
                  this, METHODID_GET_JOB)))
          .addMethod(
            getRetryJobMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.RetryJobRequest,
                kith.jobs.v1.Jobs.RetryJobResponse>(
                  this, METHODID_RETRY_JOB)))
          .addMethod(
            getCancelJobMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.CancelJobRequest,
                kith.jobs.v1.Jobs.CancelJobResponse>(
                  this, METHODID_CANCEL_JOB)))
          .addMethod(
            getListSchedulesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.ListSchedulesRequest,
                kith.jobs.v1.Jobs.ListSchedulesResponse>(
                  this, METHODID_LIST_SCHEDULES)))
          .addMethod(
            getTriggerScheduleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.TriggerScheduleRequest,
                kith.jobs.v1.Jobs.TriggerScheduleResponse>(
                  this, METHODID_TRIGGER_SCHEDULE)))
          .addMethod(
            getWatchJobMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.jobs.v1.Jobs.WatchJobRequest,
                kith.jobs.v1.Jobs.WatchJobResponse>(
                  this, METHODID_WATCH_JOB)))
          .build();
    }
  }

  /**
   * <pre>
   * The background job queue and its schedules. Admins only, except GetJob and
   * WatchJob, which any signed-in user may call for their own jobs.
   * </pre>
   */
  public static final class JobServiceStub extends io.grpc.stub.AbstractAsyncStub<JobServiceStub> {
    private JobServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JobServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JobServiceStub(channel, callOptions);
    }

    /**
     */
    public void listJobs(kith.jobs.v1.Jobs.ListJobsRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.ListJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Admins read every job; anyone else only a job whose user_id is theirs
     * (e.g. the one DetectPatterns returns). Another user's job, or a system
     * job, is NOT_FOUND like a missing one.
     * </pre>
     */
    public void getJob(kith.jobs.v1.Jobs.GetJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.GetJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A dead or cancelled job back to the queue with fresh attempts.
     * </pre>
     */
    public void retryJob(kith.jobs.v1.Jobs.RetryJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.RetryJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRetryJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Cancels a queued job; a running job finishes its attempt.
     * </pre>
     */
    public void cancelJob(kith.jobs.v1.Jobs.CancelJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.CancelJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listSchedules(kith.jobs.v1.Jobs.ListSchedulesRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.ListSchedulesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSchedulesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Enqueues the schedule's latest slot now (once per slot, like a tick).
     * </pre>
     */
    public void triggerSchedule(kith.jobs.v1.Jobs.TriggerScheduleRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.TriggerScheduleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTriggerScheduleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the job each time its state changes, ending when it finishes.
     * Readable by the same callers as GetJob. A user may have a few streams
     * open at once (KITH_JOB_WATCHERS_PER_USER, default 10, per server
     * process); beyond that RESOURCE_EXHAUSTED with reason TOO_MANY_WATCHERS.
     * </pre>
     */
    public void watchJob(kith.jobs.v1.Jobs.WatchJobRequest request,
        io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.WatchJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchJobMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The background job queue and its schedules. Admins only, except GetJob and
   * WatchJob, which any signed-in user may call for their own jobs.
   * </pre>
   */
  public static final class JobServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<JobServiceBlockingStub> {
    private JobServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JobServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JobServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.jobs.v1.Jobs.ListJobsResponse listJobs(kith.jobs.v1.Jobs.ListJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Admins read every job; anyone else only a job whose user_id is theirs
     * (e.g. the one DetectPatterns returns). Another user's job, or a system
     * job, is NOT_FOUND like a missing one.
     * </pre>
     */
    public kith.jobs.v1.Jobs.GetJobResponse getJob(kith.jobs.v1.Jobs.GetJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A dead or cancelled job back to the queue with fresh attempts.
     * </pre>
     */
    public kith.jobs.v1.Jobs.RetryJobResponse retryJob(kith.jobs.v1.Jobs.RetryJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRetryJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels a queued job; a running job finishes its attempt.
     * </pre>
     */
    public kith.jobs.v1.Jobs.CancelJobResponse cancelJob(kith.jobs.v1.Jobs.CancelJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelJobMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.jobs.v1.Jobs.ListSchedulesResponse listSchedules(kith.jobs.v1.Jobs.ListSchedulesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSchedulesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Enqueues the schedule's latest slot now (once per slot, like a tick).
     * </pre>
     */
    public kith.jobs.v1.Jobs.TriggerScheduleResponse triggerSchedule(kith.jobs.v1.Jobs.TriggerScheduleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTriggerScheduleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the job each time its state changes, ending when it finishes.
     * Readable by the same callers as GetJob. A user may have a few streams
     * open at once (KITH_JOB_WATCHERS_PER_USER, default 10, per server
     * process); beyond that RESOURCE_EXHAUSTED with reason TOO_MANY_WATCHERS.
     * </pre>
     */
    public java.util.Iterator<kith.jobs.v1.Jobs.WatchJobResponse> watchJob(
        kith.jobs.v1.Jobs.WatchJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The background job queue and its schedules. Admins only, except GetJob and
   * WatchJob, which any signed-in user may call for their own jobs.
   * </pre>
   */
  public static final class JobServiceFutureStub extends io.grpc.stub.AbstractFutureStub<JobServiceFutureStub> {
    private JobServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected JobServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new JobServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.jobs.v1.Jobs.ListJobsResponse> listJobs(
        kith.jobs.v1.Jobs.ListJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Admins read every job; anyone else only a job whose user_id is theirs
     * (e.g. the one DetectPatterns returns). Another user's job, or a system
     * job, is NOT_FOUND like a missing one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.jobs.v1.Jobs.GetJobResponse> getJob(
        kith.jobs.v1.Jobs.GetJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A dead or cancelled job back to the queue with fresh attempts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.jobs.v1.Jobs.RetryJobResponse> retryJob(
        kith.jobs.v1.Jobs.RetryJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRetryJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Cancels a queued job; a running job finishes its attempt.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.jobs.v1.Jobs.CancelJobResponse> cancelJob(
        kith.jobs.v1.Jobs.CancelJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelJobMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.jobs.v1.Jobs.ListSchedulesResponse> listSchedules(
        kith.jobs.v1.Jobs.ListSchedulesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSchedulesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Enqueues the schedule's latest slot now (once per slot, like a tick).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.jobs.v1.Jobs.TriggerScheduleResponse> triggerSchedule(
        kith.jobs.v1.Jobs.TriggerScheduleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTriggerScheduleMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_JOBS = 0;
  private static final int METHODID_GET_JOB = 1;
  private static final int METHODID_RETRY_JOB = 2;
  private static final int METHODID_CANCEL_JOB = 3;
  private static final int METHODID_LIST_SCHEDULES = 4;
  private static final int METHODID_TRIGGER_SCHEDULE = 5;
  private static final int METHODID_WATCH_JOB = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final JobServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(JobServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_JOBS:
          serviceImpl.listJobs((kith.jobs.v1.Jobs.ListJobsRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.ListJobsResponse>) responseObserver);
          break;
        case METHODID_GET_JOB:
          serviceImpl.getJob((kith.jobs.v1.Jobs.GetJobRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.GetJobResponse>) responseObserver);
          break;
        case METHODID_RETRY_JOB:
          serviceImpl.retryJob((kith.jobs.v1.Jobs.RetryJobRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.RetryJobResponse>) responseObserver);
          break;
        case METHODID_CANCEL_JOB:
          serviceImpl.cancelJob((kith.jobs.v1.Jobs.CancelJobRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.CancelJobResponse>) responseObserver);
          break;
        case METHODID_LIST_SCHEDULES:
          serviceImpl.listSchedules((kith.jobs.v1.Jobs.ListSchedulesRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.ListSchedulesResponse>) responseObserver);
          break;
        case METHODID_TRIGGER_SCHEDULE:
          serviceImpl.triggerSchedule((kith.jobs.v1.Jobs.TriggerScheduleRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.TriggerScheduleResponse>) responseObserver);
          break;
        case METHODID_WATCH_JOB:
          serviceImpl.watchJob((kith.jobs.v1.Jobs.WatchJobRequest) request,
              (io.grpc.stub.StreamObserver<kith.jobs.v1.Jobs.WatchJobResponse>) responseObserver);
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

  private static abstract class JobServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    JobServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.jobs.v1.Jobs.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("JobService");
    }
  }

  private static final class JobServiceFileDescriptorSupplier
      extends JobServiceBaseDescriptorSupplier {
    JobServiceFileDescriptorSupplier() {}
  }

  private static final class JobServiceMethodDescriptorSupplier
      extends JobServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    JobServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (JobServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new JobServiceFileDescriptorSupplier())
              .addMethod(getListJobsMethod())
              .addMethod(getGetJobMethod())
              .addMethod(getRetryJobMethod())
              .addMethod(getCancelJobMethod())
              .addMethod(getListSchedulesMethod())
              .addMethod(getTriggerScheduleMethod())
              .addMethod(getWatchJobMethod())
              .build();
        }
      }
    }
    return result;
  }
}
