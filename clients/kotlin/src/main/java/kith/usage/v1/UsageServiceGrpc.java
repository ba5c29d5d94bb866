package kith.usage.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Screen-time data from the caller's devices, what it adds up to, goals set
 * against it, and the patterns found in it. Days are "YYYY-MM-DD" in the
 * user's timezone.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/usage/v1/usage.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class UsageServiceGrpc {

  private UsageServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.usage.v1.UsageService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.UploadUsageRequest,
      kith.usage.v1.Usage.UploadUsageResponse> getUploadUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadUsage",
      requestType = kith.usage.v1.Usage.UploadUsageRequest.class,
      responseType = kith.usage.v1.Usage.UploadUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.UploadUsageRequest,
      kith.usage.v1.Usage.UploadUsageResponse> getUploadUsageMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.UploadUsageRequest, kith.usage.v1.Usage.UploadUsageResponse> getUploadUsageMethod;
    if ((getUploadUsageMethod = UsageServiceGrpc.getUploadUsageMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getUploadUsageMethod = UsageServiceGrpc.getUploadUsageMethod) == null) {
          UsageServiceGrpc.getUploadUsageMethod = getUploadUsageMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.UploadUsageRequest, kith.usage.v1.Usage.UploadUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.UploadUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.UploadUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("UploadUsage"))
              .build();
        }
      }
    }
    return getUploadUsageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetUploadStatusRequest,
      kith.usage.v1.Usage.GetUploadStatusResponse> getGetUploadStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUploadStatus",
      requestType = kith.usage.v1.Usage.GetUploadStatusRequest.class,
      responseType = kith.usage.v1.Usage.GetUploadStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetUploadStatusRequest,
      kith.usage.v1.Usage.GetUploadStatusResponse> getGetUploadStatusMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetUploadStatusRequest, kith.usage.v1.Usage.GetUploadStatusResponse> getGetUploadStatusMethod;
    if ((getGetUploadStatusMethod = UsageServiceGrpc.getGetUploadStatusMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getGetUploadStatusMethod = UsageServiceGrpc.getGetUploadStatusMethod) == null) {
          UsageServiceGrpc.getGetUploadStatusMethod = getGetUploadStatusMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.GetUploadStatusRequest, kith.usage.v1.Usage.GetUploadStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUploadStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetUploadStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetUploadStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("GetUploadStatus"))
              .build();
        }
      }
    }
    return getGetUploadStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.BatchCreateUsageRequest,
      kith.usage.v1.Usage.BatchCreateUsageResponse> getBatchCreateUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateUsage",
      requestType = kith.usage.v1.Usage.BatchCreateUsageRequest.class,
      responseType = kith.usage.v1.Usage.BatchCreateUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.BatchCreateUsageRequest,
      kith.usage.v1.Usage.BatchCreateUsageResponse> getBatchCreateUsageMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.BatchCreateUsageRequest, kith.usage.v1.Usage.BatchCreateUsageResponse> getBatchCreateUsageMethod;
    if ((getBatchCreateUsageMethod = UsageServiceGrpc.getBatchCreateUsageMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getBatchCreateUsageMethod = UsageServiceGrpc.getBatchCreateUsageMethod) == null) {
          UsageServiceGrpc.getBatchCreateUsageMethod = getBatchCreateUsageMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.BatchCreateUsageRequest, kith.usage.v1.Usage.BatchCreateUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.BatchCreateUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.BatchCreateUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("BatchCreateUsage"))
              .build();
        }
      }
    }
    return getBatchCreateUsageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.RecordUsageRequest,
      kith.usage.v1.Usage.RecordUsageResponse> getRecordUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RecordUsage",
      requestType = kith.usage.v1.Usage.RecordUsageRequest.class,
      responseType = kith.usage.v1.Usage.RecordUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.RecordUsageRequest,
      kith.usage.v1.Usage.RecordUsageResponse> getRecordUsageMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.RecordUsageRequest, kith.usage.v1.Usage.RecordUsageResponse> getRecordUsageMethod;
    if ((getRecordUsageMethod = UsageServiceGrpc.getRecordUsageMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getRecordUsageMethod = UsageServiceGrpc.getRecordUsageMethod) == null) {
          UsageServiceGrpc.getRecordUsageMethod = getRecordUsageMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.RecordUsageRequest, kith.usage.v1.Usage.RecordUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RecordUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.RecordUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.RecordUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("RecordUsage"))
              .build();
        }
      }
    }
    return getRecordUsageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListUsageRequest,
      kith.usage.v1.Usage.ListUsageResponse> getListUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListUsage",
      requestType = kith.usage.v1.Usage.ListUsageRequest.class,
      responseType = kith.usage.v1.Usage.ListUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListUsageRequest,
      kith.usage.v1.Usage.ListUsageResponse> getListUsageMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListUsageRequest, kith.usage.v1.Usage.ListUsageResponse> getListUsageMethod;
    if ((getListUsageMethod = UsageServiceGrpc.getListUsageMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getListUsageMethod = UsageServiceGrpc.getListUsageMethod) == null) {
          UsageServiceGrpc.getListUsageMethod = getListUsageMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.ListUsageRequest, kith.usage.v1.Usage.ListUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("ListUsage"))
              .build();
        }
      }
    }
    return getListUsageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListDailyUsageRequest,
      kith.usage.v1.Usage.ListDailyUsageResponse> getListDailyUsageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDailyUsage",
      requestType = kith.usage.v1.Usage.ListDailyUsageRequest.class,
      responseType = kith.usage.v1.Usage.ListDailyUsageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListDailyUsageRequest,
      kith.usage.v1.Usage.ListDailyUsageResponse> getListDailyUsageMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListDailyUsageRequest, kith.usage.v1.Usage.ListDailyUsageResponse> getListDailyUsageMethod;
    if ((getListDailyUsageMethod = UsageServiceGrpc.getListDailyUsageMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getListDailyUsageMethod = UsageServiceGrpc.getListDailyUsageMethod) == null) {
          UsageServiceGrpc.getListDailyUsageMethod = getListDailyUsageMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.ListDailyUsageRequest, kith.usage.v1.Usage.ListDailyUsageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDailyUsage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListDailyUsageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListDailyUsageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("ListDailyUsage"))
              .build();
        }
      }
    }
    return getListDailyUsageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetUsageSummaryRequest,
      kith.usage.v1.Usage.GetUsageSummaryResponse> getGetUsageSummaryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUsageSummary",
      requestType = kith.usage.v1.Usage.GetUsageSummaryRequest.class,
      responseType = kith.usage.v1.Usage.GetUsageSummaryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetUsageSummaryRequest,
      kith.usage.v1.Usage.GetUsageSummaryResponse> getGetUsageSummaryMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetUsageSummaryRequest, kith.usage.v1.Usage.GetUsageSummaryResponse> getGetUsageSummaryMethod;
    if ((getGetUsageSummaryMethod = UsageServiceGrpc.getGetUsageSummaryMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getGetUsageSummaryMethod = UsageServiceGrpc.getGetUsageSummaryMethod) == null) {
          UsageServiceGrpc.getGetUsageSummaryMethod = getGetUsageSummaryMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.GetUsageSummaryRequest, kith.usage.v1.Usage.GetUsageSummaryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUsageSummary"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetUsageSummaryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetUsageSummaryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("GetUsageSummary"))
              .build();
        }
      }
    }
    return getGetUsageSummaryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListTopAppsRequest,
      kith.usage.v1.Usage.ListTopAppsResponse> getListTopAppsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTopApps",
      requestType = kith.usage.v1.Usage.ListTopAppsRequest.class,
      responseType = kith.usage.v1.Usage.ListTopAppsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListTopAppsRequest,
      kith.usage.v1.Usage.ListTopAppsResponse> getListTopAppsMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListTopAppsRequest, kith.usage.v1.Usage.ListTopAppsResponse> getListTopAppsMethod;
    if ((getListTopAppsMethod = UsageServiceGrpc.getListTopAppsMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getListTopAppsMethod = UsageServiceGrpc.getListTopAppsMethod) == null) {
          UsageServiceGrpc.getListTopAppsMethod = getListTopAppsMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.ListTopAppsRequest, kith.usage.v1.Usage.ListTopAppsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTopApps"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListTopAppsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListTopAppsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("ListTopApps"))
              .build();
        }
      }
    }
    return getListTopAppsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListPatternsRequest,
      kith.usage.v1.Usage.ListPatternsResponse> getListPatternsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPatterns",
      requestType = kith.usage.v1.Usage.ListPatternsRequest.class,
      responseType = kith.usage.v1.Usage.ListPatternsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListPatternsRequest,
      kith.usage.v1.Usage.ListPatternsResponse> getListPatternsMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListPatternsRequest, kith.usage.v1.Usage.ListPatternsResponse> getListPatternsMethod;
    if ((getListPatternsMethod = UsageServiceGrpc.getListPatternsMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getListPatternsMethod = UsageServiceGrpc.getListPatternsMethod) == null) {
          UsageServiceGrpc.getListPatternsMethod = getListPatternsMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.ListPatternsRequest, kith.usage.v1.Usage.ListPatternsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPatterns"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListPatternsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListPatternsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("ListPatterns"))
              .build();
        }
      }
    }
    return getListPatternsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.ResolvePatternRequest,
      kith.usage.v1.Usage.ResolvePatternResponse> getResolvePatternMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResolvePattern",
      requestType = kith.usage.v1.Usage.ResolvePatternRequest.class,
      responseType = kith.usage.v1.Usage.ResolvePatternResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.ResolvePatternRequest,
      kith.usage.v1.Usage.ResolvePatternResponse> getResolvePatternMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.ResolvePatternRequest, kith.usage.v1.Usage.ResolvePatternResponse> getResolvePatternMethod;
    if ((getResolvePatternMethod = UsageServiceGrpc.getResolvePatternMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getResolvePatternMethod = UsageServiceGrpc.getResolvePatternMethod) == null) {
          UsageServiceGrpc.getResolvePatternMethod = getResolvePatternMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.ResolvePatternRequest, kith.usage.v1.Usage.ResolvePatternResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResolvePattern"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ResolvePatternRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ResolvePatternResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("ResolvePattern"))
              .build();
        }
      }
    }
    return getResolvePatternMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.DetectPatternsRequest,
      kith.usage.v1.Usage.DetectPatternsResponse> getDetectPatternsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DetectPatterns",
      requestType = kith.usage.v1.Usage.DetectPatternsRequest.class,
      responseType = kith.usage.v1.Usage.DetectPatternsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.DetectPatternsRequest,
      kith.usage.v1.Usage.DetectPatternsResponse> getDetectPatternsMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.DetectPatternsRequest, kith.usage.v1.Usage.DetectPatternsResponse> getDetectPatternsMethod;
    if ((getDetectPatternsMethod = UsageServiceGrpc.getDetectPatternsMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getDetectPatternsMethod = UsageServiceGrpc.getDetectPatternsMethod) == null) {
          UsageServiceGrpc.getDetectPatternsMethod = getDetectPatternsMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.DetectPatternsRequest, kith.usage.v1.Usage.DetectPatternsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DetectPatterns"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.DetectPatternsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.DetectPatternsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("DetectPatterns"))
              .build();
        }
      }
    }
    return getDetectPatternsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.CreateGoalRequest,
      kith.usage.v1.Usage.CreateGoalResponse> getCreateGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateGoal",
      requestType = kith.usage.v1.Usage.CreateGoalRequest.class,
      responseType = kith.usage.v1.Usage.CreateGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.CreateGoalRequest,
      kith.usage.v1.Usage.CreateGoalResponse> getCreateGoalMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.CreateGoalRequest, kith.usage.v1.Usage.CreateGoalResponse> getCreateGoalMethod;
    if ((getCreateGoalMethod = UsageServiceGrpc.getCreateGoalMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getCreateGoalMethod = UsageServiceGrpc.getCreateGoalMethod) == null) {
          UsageServiceGrpc.getCreateGoalMethod = getCreateGoalMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.CreateGoalRequest, kith.usage.v1.Usage.CreateGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.CreateGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.CreateGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("CreateGoal"))
              .build();
        }
      }
    }
    return getCreateGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetGoalRequest,
      kith.usage.v1.Usage.GetGoalResponse> getGetGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetGoal",
      requestType = kith.usage.v1.Usage.GetGoalRequest.class,
      responseType = kith.usage.v1.Usage.GetGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetGoalRequest,
      kith.usage.v1.Usage.GetGoalResponse> getGetGoalMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetGoalRequest, kith.usage.v1.Usage.GetGoalResponse> getGetGoalMethod;
    if ((getGetGoalMethod = UsageServiceGrpc.getGetGoalMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getGetGoalMethod = UsageServiceGrpc.getGetGoalMethod) == null) {
          UsageServiceGrpc.getGetGoalMethod = getGetGoalMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.GetGoalRequest, kith.usage.v1.Usage.GetGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("GetGoal"))
              .build();
        }
      }
    }
    return getGetGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListGoalsRequest,
      kith.usage.v1.Usage.ListGoalsResponse> getListGoalsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListGoals",
      requestType = kith.usage.v1.Usage.ListGoalsRequest.class,
      responseType = kith.usage.v1.Usage.ListGoalsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListGoalsRequest,
      kith.usage.v1.Usage.ListGoalsResponse> getListGoalsMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.ListGoalsRequest, kith.usage.v1.Usage.ListGoalsResponse> getListGoalsMethod;
    if ((getListGoalsMethod = UsageServiceGrpc.getListGoalsMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getListGoalsMethod = UsageServiceGrpc.getListGoalsMethod) == null) {
          UsageServiceGrpc.getListGoalsMethod = getListGoalsMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.ListGoalsRequest, kith.usage.v1.Usage.ListGoalsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListGoals"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListGoalsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.ListGoalsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("ListGoals"))
              .build();
        }
      }
    }
    return getListGoalsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.UpdateGoalRequest,
      kith.usage.v1.Usage.UpdateGoalResponse> getUpdateGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateGoal",
      requestType = kith.usage.v1.Usage.UpdateGoalRequest.class,
      responseType = kith.usage.v1.Usage.UpdateGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.UpdateGoalRequest,
      kith.usage.v1.Usage.UpdateGoalResponse> getUpdateGoalMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.UpdateGoalRequest, kith.usage.v1.Usage.UpdateGoalResponse> getUpdateGoalMethod;
    if ((getUpdateGoalMethod = UsageServiceGrpc.getUpdateGoalMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getUpdateGoalMethod = UsageServiceGrpc.getUpdateGoalMethod) == null) {
          UsageServiceGrpc.getUpdateGoalMethod = getUpdateGoalMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.UpdateGoalRequest, kith.usage.v1.Usage.UpdateGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.UpdateGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.UpdateGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("UpdateGoal"))
              .build();
        }
      }
    }
    return getUpdateGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.DeleteGoalRequest,
      kith.usage.v1.Usage.DeleteGoalResponse> getDeleteGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteGoal",
      requestType = kith.usage.v1.Usage.DeleteGoalRequest.class,
      responseType = kith.usage.v1.Usage.DeleteGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.DeleteGoalRequest,
      kith.usage.v1.Usage.DeleteGoalResponse> getDeleteGoalMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.DeleteGoalRequest, kith.usage.v1.Usage.DeleteGoalResponse> getDeleteGoalMethod;
    if ((getDeleteGoalMethod = UsageServiceGrpc.getDeleteGoalMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getDeleteGoalMethod = UsageServiceGrpc.getDeleteGoalMethod) == null) {
          UsageServiceGrpc.getDeleteGoalMethod = getDeleteGoalMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.DeleteGoalRequest, kith.usage.v1.Usage.DeleteGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.DeleteGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.DeleteGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("DeleteGoal"))
              .build();
        }
      }
    }
    return getDeleteGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetGoalProgressRequest,
      kith.usage.v1.Usage.GetGoalProgressResponse> getGetGoalProgressMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetGoalProgress",
      requestType = kith.usage.v1.Usage.GetGoalProgressRequest.class,
      responseType = kith.usage.v1.Usage.GetGoalProgressResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetGoalProgressRequest,
      kith.usage.v1.Usage.GetGoalProgressResponse> getGetGoalProgressMethod() {
    io.grpc.MethodDescriptor<kith.usage.v1.Usage.GetGoalProgressRequest, kith.usage.v1.Usage.GetGoalProgressResponse> getGetGoalProgressMethod;
    if ((getGetGoalProgressMethod = UsageServiceGrpc.getGetGoalProgressMethod) == null) {
      synchronized (UsageServiceGrpc.class) {
        if ((getGetGoalProgressMethod = UsageServiceGrpc.getGetGoalProgressMethod) == null) {
          UsageServiceGrpc.getGetGoalProgressMethod = getGetGoalProgressMethod =
              io.grpc.MethodDescriptor.<kith.usage.v1.Usage.GetGoalProgressRequest, kith.usage.v1.Usage.GetGoalProgressResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetGoalProgress"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetGoalProgressRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.usage.v1.Usage.GetGoalProgressResponse.getDefaultInstance()))
              .setSchemaDescriptor(new UsageServiceMethodDescriptorSupplier("GetGoalProgress"))
              .build();
        }
      }
    }
    return getGetGoalProgressMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UsageServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UsageServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UsageServiceStub>() {
        @java.lang.Override
        public UsageServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UsageServiceStub(channel, callOptions);
        }
      };
    return UsageServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UsageServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UsageServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UsageServiceBlockingStub>() {
        @java.lang.Override
        public UsageServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UsageServiceBlockingStub(channel, callOptions);
        }
      };
    return UsageServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UsageServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UsageServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UsageServiceFutureStub>() {
        @java.lang.Override
        public UsageServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UsageServiceFutureStub(channel, callOptions);
        }
      };
    return UsageServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Screen-time data from the caller's devices, what it adds up to, goals set
   * against it, and the patterns found in it. Days are "YYYY-MM-DD" in the
   * user's timezone.
   * </pre>
   */
  public static abstract class UsageServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * For phones and backends: a stream of batches of daily device rows and
     * app sessions. Each batch is validated, upserted by natural key and
     * committed on its own, so a broken stream keeps every committed batch and
     * resending the same data changes nothing. Give an upload_id to resume.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UploadUsageRequest> uploadUsage(
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UploadUsageResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getUploadUsageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Where an earlier upload stopped: resume after last_batch_index.
     * </pre>
     */
    public void getUploadStatus(kith.usage.v1.Usage.GetUploadStatusRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetUploadStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUploadStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * UploadUsage's unary twin for browsers (gRPC-Web has no client streams):
     * at most 1,000 records a call, same validation and upsert.
     * </pre>
     */
    public void batchCreateUsage(kith.usage.v1.Usage.BatchCreateUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.BatchCreateUsageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateUsageMethod(), responseObserver);
    }

    /**
     * <pre>
     * One record; invalid input is INVALID_ARGUMENT naming the field.
     * </pre>
     */
    public void recordUsage(kith.usage.v1.Usage.RecordUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.RecordUsageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRecordUsageMethod(), responseObserver);
    }

    /**
     * <pre>
     * App sessions, newest first.
     * </pre>
     */
    public void listUsage(kith.usage.v1.Usage.ListUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListUsageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListUsageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Daily device rows, newest first.
     * </pre>
     */
    public void listDailyUsage(kith.usage.v1.Usage.ListDailyUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListDailyUsageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDailyUsageMethod(), responseObserver);
    }

    /**
     */
    public void getUsageSummary(kith.usage.v1.Usage.GetUsageSummaryRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetUsageSummaryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUsageSummaryMethod(), responseObserver);
    }

    /**
     */
    public void listTopApps(kith.usage.v1.Usage.ListTopAppsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListTopAppsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTopAppsMethod(), responseObserver);
    }

    /**
     */
    public void listPatterns(kith.usage.v1.Usage.ListPatternsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListPatternsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPatternsMethod(), responseObserver);
    }

    /**
     */
    public void resolvePattern(kith.usage.v1.Usage.ResolvePatternRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ResolvePatternResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResolvePatternMethod(), responseObserver);
    }

    /**
     * <pre>
     * Enqueues pattern detection over the caller's last 14 days and answers at
     * once with the job id (calls within a minute share one job). Patterns that
     * hold then show in ListPatterns (an open one is updated, not repeated);
     * open ones that no longer hold are resolved. It also runs nightly at 00:30
     * in the user's timezone.
     * </pre>
     */
    public void detectPatterns(kith.usage.v1.Usage.DetectPatternsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.DetectPatternsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDetectPatternsMethod(), responseObserver);
    }

    /**
     */
    public void createGoal(kith.usage.v1.Usage.CreateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.CreateGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateGoalMethod(), responseObserver);
    }

    /**
     */
    public void getGoal(kith.usage.v1.Usage.GetGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetGoalMethod(), responseObserver);
    }

    /**
     */
    public void listGoals(kith.usage.v1.Usage.ListGoalsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListGoalsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListGoalsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths: target, is_active.
     * </pre>
     */
    public void updateGoal(kith.usage.v1.Usage.UpdateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UpdateGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateGoalMethod(), responseObserver);
    }

    /**
     */
    public void deleteGoal(kith.usage.v1.Usage.DeleteGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.DeleteGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteGoalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Progress in the current period and the achievement history of past ones,
     * computed from usage.
     * </pre>
     */
    public void getGoalProgress(kith.usage.v1.Usage.GetGoalProgressRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetGoalProgressResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetGoalProgressMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getUploadUsageMethod(),
            io.grpc.stub.ServerCalls.asyncClientStreamingCall(
              new MethodHandlers<
                kith.usage.v1.Usage.UploadUsageRequest,
                kith.usage.v1.Usage.UploadUsageResponse>(
                  this, METHODID_UPLOAD_USAGE)))
          .addMethod(
            getGetUploadStatusMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.GetUploadStatusRequest,
                kith.usage.v1.Usage.GetUploadStatusResponse>(
                  this, METHODID_GET_UPLOAD_STATUS)))
          .addMethod(
            getBatchCreateUsageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.BatchCreateUsageRequest,
                kith.usage.v1.Usage.BatchCreateUsageResponse>(
                  this, METHODID_BATCH_CREATE_USAGE)))
          .addMethod(
            getRecordUsageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.RecordUsageRequest,
                kith.usage.v1.Usage.RecordUsageResponse>(
                  this, METHODID_RECORD_USAGE)))
          .addMethod(
            getListUsageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.ListUsageRequest,
                kith.usage.v1.Usage.ListUsageResponse>(
                  this, METHODID_LIST_USAGE)))
          .addMethod(
            getListDailyUsageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.ListDailyUsageRequest,
                kith.usage.v1.Usage.ListDailyUsageResponse>(
                  this, METHODID_LIST_DAILY_USAGE)))
          .addMethod(
            getGetUsageSummaryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.GetUsageSummaryRequest,
                kith.usage.v1.Usage.GetUsageSummaryResponse>(
                  this, METHODID_GET_USAGE_SUMMARY)))
          .addMethod(
            getListTopAppsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.ListTopAppsRequest,
                kith.usage.v1.Usage.ListTopAppsResponse>(
                  this, METHODID_LIST_TOP_APPS)))
          .addMethod(
            getListPatternsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.ListPatternsRequest,
                kith.usage.v1.Usage.ListPatternsResponse>(
                  this, METHODID_LIST_PATTERNS)))
          .addMethod(
            getResolvePatternMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.ResolvePatternRequest,
                kith.usage.v1.Usage.ResolvePatternResponse>(
                  this, METHODID_RESOLVE_PATTERN)))
          .addMethod(
            getDetectPatternsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.DetectPatternsRequest,
                kith.usage.v1.Usage.DetectPatternsResponse>(
                  this, METHODID_DETECT_PATTERNS)))
          .addMethod(
            getCreateGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.CreateGoalRequest,
                kith.usage.v1.Usage.CreateGoalResponse>(
                  this, METHODID_CREATE_GOAL)))
          .addMethod(
            getGetGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.GetGoalRequest,
                kith.usage.v1.Usage.GetGoalResponse>(
                  this, METHODID_GET_GOAL)))
          .addMethod(
            getListGoalsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.ListGoalsRequest,
                kith.usage.v1.Usage.ListGoalsResponse>(
                  this, METHODID_LIST_GOALS)))
          .addMethod(
            getUpdateGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.UpdateGoalRequest,
                kith.usage.v1.Usage.UpdateGoalResponse>(
                  this, METHODID_UPDATE_GOAL)))
          .addMethod(
            getDeleteGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.DeleteGoalRequest,
                kith.usage.v1.Usage.DeleteGoalResponse>(
                  this, METHODID_DELETE_GOAL)))
          .addMethod(
            getGetGoalProgressMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.usage.v1.Usage.GetGoalProgressRequest,
                kith.usage.v1.Usage.GetGoalProgressResponse>(
                  this, METHODID_GET_GOAL_PROGRESS)))
          .build();
    }
  }

  /**
   * <pre>
   * Screen-time data from the caller's devices, what it adds up to, goals set
   * against it, and the patterns found in it. Days are "YYYY-MM-DD" in the
   * user's timezone.
   * </pre>
   */
  public static final class UsageServiceStub extends io.grpc.stub.AbstractAsyncStub<UsageServiceStub> {
    private UsageServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UsageServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UsageServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * For phones and backends: a stream of batches of daily device rows and
     * app sessions. Each batch is validated, upserted by natural key and
     * committed on its own, so a broken stream keeps every committed batch and
     * resending the same data changes nothing. Give an upload_id to resume.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UploadUsageRequest> uploadUsage(
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UploadUsageResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getUploadUsageMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Where an earlier upload stopped: resume after last_batch_index.
     * </pre>
     */
    public void getUploadStatus(kith.usage.v1.Usage.GetUploadStatusRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetUploadStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUploadStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UploadUsage's unary twin for browsers (gRPC-Web has no client streams):
     * at most 1,000 records a call, same validation and upsert.
     * </pre>
     */
    public void batchCreateUsage(kith.usage.v1.Usage.BatchCreateUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.BatchCreateUsageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateUsageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * One record; invalid input is INVALID_ARGUMENT naming the field.
     * </pre>
     */
    public void recordUsage(kith.usage.v1.Usage.RecordUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.RecordUsageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRecordUsageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * App sessions, newest first.
     * </pre>
     */
    public void listUsage(kith.usage.v1.Usage.ListUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListUsageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListUsageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Daily device rows, newest first.
     * </pre>
     */
    public void listDailyUsage(kith.usage.v1.Usage.ListDailyUsageRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListDailyUsageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDailyUsageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getUsageSummary(kith.usage.v1.Usage.GetUsageSummaryRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetUsageSummaryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUsageSummaryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listTopApps(kith.usage.v1.Usage.ListTopAppsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListTopAppsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTopAppsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listPatterns(kith.usage.v1.Usage.ListPatternsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListPatternsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPatternsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void resolvePattern(kith.usage.v1.Usage.ResolvePatternRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ResolvePatternResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResolvePatternMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Enqueues pattern detection over the caller's last 14 days and answers at
     * once with the job id (calls within a minute share one job). Patterns that
     * hold then show in ListPatterns (an open one is updated, not repeated);
     * open ones that no longer hold are resolved. It also runs nightly at 00:30
     * in the user's timezone.
     * </pre>
     */
    public void detectPatterns(kith.usage.v1.Usage.DetectPatternsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.DetectPatternsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDetectPatternsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void createGoal(kith.usage.v1.Usage.CreateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.CreateGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getGoal(kith.usage.v1.Usage.GetGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listGoals(kith.usage.v1.Usage.ListGoalsRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListGoalsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListGoalsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths: target, is_active.
     * </pre>
     */
    public void updateGoal(kith.usage.v1.Usage.UpdateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UpdateGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteGoal(kith.usage.v1.Usage.DeleteGoalRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.DeleteGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Progress in the current period and the achievement history of past ones,
     * computed from usage.
     * </pre>
     */
    public void getGoalProgress(kith.usage.v1.Usage.GetGoalProgressRequest request,
        io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetGoalProgressResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetGoalProgressMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Screen-time data from the caller's devices, what it adds up to, goals set
   * against it, and the patterns found in it. Days are "YYYY-MM-DD" in the
   * user's timezone.
   * </pre>
   */
  public static final class UsageServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<UsageServiceBlockingStub> {
    private UsageServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UsageServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UsageServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Where an earlier upload stopped: resume after last_batch_index.
     * </pre>
     */
    public kith.usage.v1.Usage.GetUploadStatusResponse getUploadStatus(kith.usage.v1.Usage.GetUploadStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUploadStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UploadUsage's unary twin for browsers (gRPC-Web has no client streams):
     * at most 1,000 records a call, same validation and upsert.
     * </pre>
     */
    public kith.usage.v1.Usage.BatchCreateUsageResponse batchCreateUsage(kith.usage.v1.Usage.BatchCreateUsageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateUsageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * One record; invalid input is INVALID_ARGUMENT naming the field.
     * </pre>
     */
    public kith.usage.v1.Usage.RecordUsageResponse recordUsage(kith.usage.v1.Usage.RecordUsageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRecordUsageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * App sessions, newest first.
     * </pre>
     */
    public kith.usage.v1.Usage.ListUsageResponse listUsage(kith.usage.v1.Usage.ListUsageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListUsageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Daily device rows, newest first.
     * </pre>
     */
    public kith.usage.v1.Usage.ListDailyUsageResponse listDailyUsage(kith.usage.v1.Usage.ListDailyUsageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDailyUsageMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.GetUsageSummaryResponse getUsageSummary(kith.usage.v1.Usage.GetUsageSummaryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUsageSummaryMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.ListTopAppsResponse listTopApps(kith.usage.v1.Usage.ListTopAppsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTopAppsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.ListPatternsResponse listPatterns(kith.usage.v1.Usage.ListPatternsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPatternsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.ResolvePatternResponse resolvePattern(kith.usage.v1.Usage.ResolvePatternRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResolvePatternMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Enqueues pattern detection over the caller's last 14 days and answers at
     * once with the job id (calls within a minute share one job). Patterns that
     * hold then show in ListPatterns (an open one is updated, not repeated);
     * open ones that no longer hold are resolved. It also runs nightly at 00:30
     * in the user's timezone.
     * </pre>
     */
    public kith.usage.v1.Usage.DetectPatternsResponse detectPatterns(kith.usage.v1.Usage.DetectPatternsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDetectPatternsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.CreateGoalResponse createGoal(kith.usage.v1.Usage.CreateGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateGoalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.GetGoalResponse getGoal(kith.usage.v1.Usage.GetGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetGoalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.ListGoalsResponse listGoals(kith.usage.v1.Usage.ListGoalsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListGoalsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths: target, is_active.
     * </pre>
     */
    public kith.usage.v1.Usage.UpdateGoalResponse updateGoal(kith.usage.v1.Usage.UpdateGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateGoalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.usage.v1.Usage.DeleteGoalResponse deleteGoal(kith.usage.v1.Usage.DeleteGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteGoalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Progress in the current period and the achievement history of past ones,
     * computed from usage.
     * </pre>
     */
    public kith.usage.v1.Usage.GetGoalProgressResponse getGoalProgress(kith.usage.v1.Usage.GetGoalProgressRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetGoalProgressMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Screen-time data from the caller's devices, what it adds up to, goals set
   * against it, and the patterns found in it. Days are "YYYY-MM-DD" in the
   * user's timezone.
   * </pre>
   */
  public static final class UsageServiceFutureStub extends io.grpc.stub.AbstractFutureStub<UsageServiceFutureStub> {
    private UsageServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UsageServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UsageServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Where an earlier upload stopped: resume after last_batch_index.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.GetUploadStatusResponse> getUploadStatus(
        kith.usage.v1.Usage.GetUploadStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUploadStatusMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UploadUsage's unary twin for browsers (gRPC-Web has no client streams):
     * at most 1,000 records a call, same validation and upsert.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.BatchCreateUsageResponse> batchCreateUsage(
        kith.usage.v1.Usage.BatchCreateUsageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateUsageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * One record; invalid input is INVALID_ARGUMENT naming the field.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.RecordUsageResponse> recordUsage(
        kith.usage.v1.Usage.RecordUsageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRecordUsageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * App sessions, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.ListUsageResponse> listUsage(
        kith.usage.v1.Usage.ListUsageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListUsageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Daily device rows, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.ListDailyUsageResponse> listDailyUsage(
        kith.usage.v1.Usage.ListDailyUsageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDailyUsageMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.GetUsageSummaryResponse> getUsageSummary(
        kith.usage.v1.Usage.GetUsageSummaryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUsageSummaryMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.ListTopAppsResponse> listTopApps(
        kith.usage.v1.Usage.ListTopAppsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTopAppsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.ListPatternsResponse> listPatterns(
        kith.usage.v1.Usage.ListPatternsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPatternsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.ResolvePatternResponse> resolvePattern(
        kith.usage.v1.Usage.ResolvePatternRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResolvePatternMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Enqueues pattern detection over the caller's last 14 days and answers at
     * once with the job id (calls within a minute share one job). Patterns that
     * hold then show in ListPatterns (an open one is updated, not repeated);
     * open ones that no longer hold are resolved. It also runs nightly at 00:30
     * in the user's timezone.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.DetectPatternsResponse> detectPatterns(
        kith.usage.v1.Usage.DetectPatternsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDetectPatternsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.CreateGoalResponse> createGoal(
        kith.usage.v1.Usage.CreateGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateGoalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.GetGoalResponse> getGoal(
        kith.usage.v1.Usage.GetGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetGoalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.ListGoalsResponse> listGoals(
        kith.usage.v1.Usage.ListGoalsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListGoalsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths: target, is_active.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.UpdateGoalResponse> updateGoal(
        kith.usage.v1.Usage.UpdateGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateGoalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.DeleteGoalResponse> deleteGoal(
        kith.usage.v1.Usage.DeleteGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteGoalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Progress in the current period and the achievement history of past ones,
     * computed from usage.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.usage.v1.Usage.GetGoalProgressResponse> getGoalProgress(
        kith.usage.v1.Usage.GetGoalProgressRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetGoalProgressMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_UPLOAD_STATUS = 0;
  private static final int METHODID_BATCH_CREATE_USAGE = 1;
  private static final int METHODID_RECORD_USAGE = 2;
  private static final int METHODID_LIST_USAGE = 3;
  private static final int METHODID_LIST_DAILY_USAGE = 4;
  private static final int METHODID_GET_USAGE_SUMMARY = 5;
  private static final int METHODID_LIST_TOP_APPS = 6;
  private static final int METHODID_LIST_PATTERNS = 7;
  private static final int METHODID_RESOLVE_PATTERN = 8;
  private static final int METHODID_DETECT_PATTERNS = 9;
  private static final int METHODID_CREATE_GOAL = 10;
  private static final int METHODID_GET_GOAL = 11;
  private static final int METHODID_LIST_GOALS = 12;
  private static final int METHODID_UPDATE_GOAL = 13;
  private static final int METHODID_DELETE_GOAL = 14;
  private static final int METHODID_GET_GOAL_PROGRESS = 15;
  private static final int METHODID_UPLOAD_USAGE = 16;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final UsageServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(UsageServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_UPLOAD_STATUS:
          serviceImpl.getUploadStatus((kith.usage.v1.Usage.GetUploadStatusRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetUploadStatusResponse>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_USAGE:
          serviceImpl.batchCreateUsage((kith.usage.v1.Usage.BatchCreateUsageRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.BatchCreateUsageResponse>) responseObserver);
          break;
        case METHODID_RECORD_USAGE:
          serviceImpl.recordUsage((kith.usage.v1.Usage.RecordUsageRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.RecordUsageResponse>) responseObserver);
          break;
        case METHODID_LIST_USAGE:
          serviceImpl.listUsage((kith.usage.v1.Usage.ListUsageRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListUsageResponse>) responseObserver);
          break;
        case METHODID_LIST_DAILY_USAGE:
          serviceImpl.listDailyUsage((kith.usage.v1.Usage.ListDailyUsageRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListDailyUsageResponse>) responseObserver);
          break;
        case METHODID_GET_USAGE_SUMMARY:
          serviceImpl.getUsageSummary((kith.usage.v1.Usage.GetUsageSummaryRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetUsageSummaryResponse>) responseObserver);
          break;
        case METHODID_LIST_TOP_APPS:
          serviceImpl.listTopApps((kith.usage.v1.Usage.ListTopAppsRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListTopAppsResponse>) responseObserver);
          break;
        case METHODID_LIST_PATTERNS:
          serviceImpl.listPatterns((kith.usage.v1.Usage.ListPatternsRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListPatternsResponse>) responseObserver);
          break;
        case METHODID_RESOLVE_PATTERN:
          serviceImpl.resolvePattern((kith.usage.v1.Usage.ResolvePatternRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ResolvePatternResponse>) responseObserver);
          break;
        case METHODID_DETECT_PATTERNS:
          serviceImpl.detectPatterns((kith.usage.v1.Usage.DetectPatternsRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.DetectPatternsResponse>) responseObserver);
          break;
        case METHODID_CREATE_GOAL:
          serviceImpl.createGoal((kith.usage.v1.Usage.CreateGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.CreateGoalResponse>) responseObserver);
          break;
        case METHODID_GET_GOAL:
          serviceImpl.getGoal((kith.usage.v1.Usage.GetGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetGoalResponse>) responseObserver);
          break;
        case METHODID_LIST_GOALS:
          serviceImpl.listGoals((kith.usage.v1.Usage.ListGoalsRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.ListGoalsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_GOAL:
          serviceImpl.updateGoal((kith.usage.v1.Usage.UpdateGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UpdateGoalResponse>) responseObserver);
          break;
        case METHODID_DELETE_GOAL:
          serviceImpl.deleteGoal((kith.usage.v1.Usage.DeleteGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.DeleteGoalResponse>) responseObserver);
          break;
        case METHODID_GET_GOAL_PROGRESS:
          serviceImpl.getGoalProgress((kith.usage.v1.Usage.GetGoalProgressRequest) request,
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.GetGoalProgressResponse>) responseObserver);
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
        case METHODID_UPLOAD_USAGE:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.uploadUsage(
              (io.grpc.stub.StreamObserver<kith.usage.v1.Usage.UploadUsageResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class UsageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    UsageServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.usage.v1.Usage.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("UsageService");
    }
  }

  private static final class UsageServiceFileDescriptorSupplier
      extends UsageServiceBaseDescriptorSupplier {
    UsageServiceFileDescriptorSupplier() {}
  }

  private static final class UsageServiceMethodDescriptorSupplier
      extends UsageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    UsageServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (UsageServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new UsageServiceFileDescriptorSupplier())
              .addMethod(getUploadUsageMethod())
              .addMethod(getGetUploadStatusMethod())
              .addMethod(getBatchCreateUsageMethod())
              .addMethod(getRecordUsageMethod())
              .addMethod(getListUsageMethod())
              .addMethod(getListDailyUsageMethod())
              .addMethod(getGetUsageSummaryMethod())
              .addMethod(getListTopAppsMethod())
              .addMethod(getListPatternsMethod())
              .addMethod(getResolvePatternMethod())
              .addMethod(getDetectPatternsMethod())
              .addMethod(getCreateGoalMethod())
              .addMethod(getGetGoalMethod())
              .addMethod(getListGoalsMethod())
              .addMethod(getUpdateGoalMethod())
              .addMethod(getDeleteGoalMethod())
              .addMethod(getGetGoalProgressMethod())
              .build();
        }
      }
    }
    return result;
  }
}
