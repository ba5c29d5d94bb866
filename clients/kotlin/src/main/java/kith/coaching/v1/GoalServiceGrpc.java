package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * A member's goals, the plan the AI makes of each (subgoals and habits),
 * and the daily check-ins on those habits. Every method works on the
 * caller's own goals; another user's goal, habit or subgoal is NOT_FOUND.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class GoalServiceGrpc {

  private GoalServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.GoalService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateGoalRequest,
      kith.coaching.v1.Coaching.CreateGoalResponse> getCreateGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateGoal",
      requestType = kith.coaching.v1.Coaching.CreateGoalRequest.class,
      responseType = kith.coaching.v1.Coaching.CreateGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateGoalRequest,
      kith.coaching.v1.Coaching.CreateGoalResponse> getCreateGoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateGoalRequest, kith.coaching.v1.Coaching.CreateGoalResponse> getCreateGoalMethod;
    if ((getCreateGoalMethod = GoalServiceGrpc.getCreateGoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getCreateGoalMethod = GoalServiceGrpc.getCreateGoalMethod) == null) {
          GoalServiceGrpc.getCreateGoalMethod = getCreateGoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.CreateGoalRequest, kith.coaching.v1.Coaching.CreateGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("CreateGoal"))
              .build();
        }
      }
    }
    return getCreateGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetGoalRequest,
      kith.coaching.v1.Coaching.GetGoalResponse> getGetGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetGoal",
      requestType = kith.coaching.v1.Coaching.GetGoalRequest.class,
      responseType = kith.coaching.v1.Coaching.GetGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetGoalRequest,
      kith.coaching.v1.Coaching.GetGoalResponse> getGetGoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetGoalRequest, kith.coaching.v1.Coaching.GetGoalResponse> getGetGoalMethod;
    if ((getGetGoalMethod = GoalServiceGrpc.getGetGoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getGetGoalMethod = GoalServiceGrpc.getGetGoalMethod) == null) {
          GoalServiceGrpc.getGetGoalMethod = getGetGoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.GetGoalRequest, kith.coaching.v1.Coaching.GetGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("GetGoal"))
              .build();
        }
      }
    }
    return getGetGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListGoalsRequest,
      kith.coaching.v1.Coaching.ListGoalsResponse> getListGoalsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListGoals",
      requestType = kith.coaching.v1.Coaching.ListGoalsRequest.class,
      responseType = kith.coaching.v1.Coaching.ListGoalsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListGoalsRequest,
      kith.coaching.v1.Coaching.ListGoalsResponse> getListGoalsMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListGoalsRequest, kith.coaching.v1.Coaching.ListGoalsResponse> getListGoalsMethod;
    if ((getListGoalsMethod = GoalServiceGrpc.getListGoalsMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getListGoalsMethod = GoalServiceGrpc.getListGoalsMethod) == null) {
          GoalServiceGrpc.getListGoalsMethod = getListGoalsMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListGoalsRequest, kith.coaching.v1.Coaching.ListGoalsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListGoals"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListGoalsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListGoalsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("ListGoals"))
              .build();
        }
      }
    }
    return getListGoalsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateGoalRequest,
      kith.coaching.v1.Coaching.UpdateGoalResponse> getUpdateGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateGoal",
      requestType = kith.coaching.v1.Coaching.UpdateGoalRequest.class,
      responseType = kith.coaching.v1.Coaching.UpdateGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateGoalRequest,
      kith.coaching.v1.Coaching.UpdateGoalResponse> getUpdateGoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateGoalRequest, kith.coaching.v1.Coaching.UpdateGoalResponse> getUpdateGoalMethod;
    if ((getUpdateGoalMethod = GoalServiceGrpc.getUpdateGoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getUpdateGoalMethod = GoalServiceGrpc.getUpdateGoalMethod) == null) {
          GoalServiceGrpc.getUpdateGoalMethod = getUpdateGoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.UpdateGoalRequest, kith.coaching.v1.Coaching.UpdateGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UpdateGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UpdateGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("UpdateGoal"))
              .build();
        }
      }
    }
    return getUpdateGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteGoalRequest,
      kith.coaching.v1.Coaching.DeleteGoalResponse> getDeleteGoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteGoal",
      requestType = kith.coaching.v1.Coaching.DeleteGoalRequest.class,
      responseType = kith.coaching.v1.Coaching.DeleteGoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteGoalRequest,
      kith.coaching.v1.Coaching.DeleteGoalResponse> getDeleteGoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteGoalRequest, kith.coaching.v1.Coaching.DeleteGoalResponse> getDeleteGoalMethod;
    if ((getDeleteGoalMethod = GoalServiceGrpc.getDeleteGoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getDeleteGoalMethod = GoalServiceGrpc.getDeleteGoalMethod) == null) {
          GoalServiceGrpc.getDeleteGoalMethod = getDeleteGoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.DeleteGoalRequest, kith.coaching.v1.Coaching.DeleteGoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteGoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.DeleteGoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.DeleteGoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("DeleteGoal"))
              .build();
        }
      }
    }
    return getDeleteGoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateHabitRequest,
      kith.coaching.v1.Coaching.CreateHabitResponse> getCreateHabitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateHabit",
      requestType = kith.coaching.v1.Coaching.CreateHabitRequest.class,
      responseType = kith.coaching.v1.Coaching.CreateHabitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateHabitRequest,
      kith.coaching.v1.Coaching.CreateHabitResponse> getCreateHabitMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateHabitRequest, kith.coaching.v1.Coaching.CreateHabitResponse> getCreateHabitMethod;
    if ((getCreateHabitMethod = GoalServiceGrpc.getCreateHabitMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getCreateHabitMethod = GoalServiceGrpc.getCreateHabitMethod) == null) {
          GoalServiceGrpc.getCreateHabitMethod = getCreateHabitMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.CreateHabitRequest, kith.coaching.v1.Coaching.CreateHabitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateHabit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateHabitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateHabitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("CreateHabit"))
              .build();
        }
      }
    }
    return getCreateHabitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateHabitRequest,
      kith.coaching.v1.Coaching.UpdateHabitResponse> getUpdateHabitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateHabit",
      requestType = kith.coaching.v1.Coaching.UpdateHabitRequest.class,
      responseType = kith.coaching.v1.Coaching.UpdateHabitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateHabitRequest,
      kith.coaching.v1.Coaching.UpdateHabitResponse> getUpdateHabitMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateHabitRequest, kith.coaching.v1.Coaching.UpdateHabitResponse> getUpdateHabitMethod;
    if ((getUpdateHabitMethod = GoalServiceGrpc.getUpdateHabitMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getUpdateHabitMethod = GoalServiceGrpc.getUpdateHabitMethod) == null) {
          GoalServiceGrpc.getUpdateHabitMethod = getUpdateHabitMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.UpdateHabitRequest, kith.coaching.v1.Coaching.UpdateHabitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateHabit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UpdateHabitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UpdateHabitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("UpdateHabit"))
              .build();
        }
      }
    }
    return getUpdateHabitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteHabitRequest,
      kith.coaching.v1.Coaching.DeleteHabitResponse> getDeleteHabitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteHabit",
      requestType = kith.coaching.v1.Coaching.DeleteHabitRequest.class,
      responseType = kith.coaching.v1.Coaching.DeleteHabitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteHabitRequest,
      kith.coaching.v1.Coaching.DeleteHabitResponse> getDeleteHabitMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteHabitRequest, kith.coaching.v1.Coaching.DeleteHabitResponse> getDeleteHabitMethod;
    if ((getDeleteHabitMethod = GoalServiceGrpc.getDeleteHabitMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getDeleteHabitMethod = GoalServiceGrpc.getDeleteHabitMethod) == null) {
          GoalServiceGrpc.getDeleteHabitMethod = getDeleteHabitMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.DeleteHabitRequest, kith.coaching.v1.Coaching.DeleteHabitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteHabit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.DeleteHabitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.DeleteHabitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("DeleteHabit"))
              .build();
        }
      }
    }
    return getDeleteHabitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateSubgoalRequest,
      kith.coaching.v1.Coaching.CreateSubgoalResponse> getCreateSubgoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSubgoal",
      requestType = kith.coaching.v1.Coaching.CreateSubgoalRequest.class,
      responseType = kith.coaching.v1.Coaching.CreateSubgoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateSubgoalRequest,
      kith.coaching.v1.Coaching.CreateSubgoalResponse> getCreateSubgoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.CreateSubgoalRequest, kith.coaching.v1.Coaching.CreateSubgoalResponse> getCreateSubgoalMethod;
    if ((getCreateSubgoalMethod = GoalServiceGrpc.getCreateSubgoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getCreateSubgoalMethod = GoalServiceGrpc.getCreateSubgoalMethod) == null) {
          GoalServiceGrpc.getCreateSubgoalMethod = getCreateSubgoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.CreateSubgoalRequest, kith.coaching.v1.Coaching.CreateSubgoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSubgoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateSubgoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.CreateSubgoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("CreateSubgoal"))
              .build();
        }
      }
    }
    return getCreateSubgoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateSubgoalRequest,
      kith.coaching.v1.Coaching.UpdateSubgoalResponse> getUpdateSubgoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSubgoal",
      requestType = kith.coaching.v1.Coaching.UpdateSubgoalRequest.class,
      responseType = kith.coaching.v1.Coaching.UpdateSubgoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateSubgoalRequest,
      kith.coaching.v1.Coaching.UpdateSubgoalResponse> getUpdateSubgoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UpdateSubgoalRequest, kith.coaching.v1.Coaching.UpdateSubgoalResponse> getUpdateSubgoalMethod;
    if ((getUpdateSubgoalMethod = GoalServiceGrpc.getUpdateSubgoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getUpdateSubgoalMethod = GoalServiceGrpc.getUpdateSubgoalMethod) == null) {
          GoalServiceGrpc.getUpdateSubgoalMethod = getUpdateSubgoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.UpdateSubgoalRequest, kith.coaching.v1.Coaching.UpdateSubgoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSubgoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UpdateSubgoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UpdateSubgoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("UpdateSubgoal"))
              .build();
        }
      }
    }
    return getUpdateSubgoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteSubgoalRequest,
      kith.coaching.v1.Coaching.DeleteSubgoalResponse> getDeleteSubgoalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSubgoal",
      requestType = kith.coaching.v1.Coaching.DeleteSubgoalRequest.class,
      responseType = kith.coaching.v1.Coaching.DeleteSubgoalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteSubgoalRequest,
      kith.coaching.v1.Coaching.DeleteSubgoalResponse> getDeleteSubgoalMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.DeleteSubgoalRequest, kith.coaching.v1.Coaching.DeleteSubgoalResponse> getDeleteSubgoalMethod;
    if ((getDeleteSubgoalMethod = GoalServiceGrpc.getDeleteSubgoalMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getDeleteSubgoalMethod = GoalServiceGrpc.getDeleteSubgoalMethod) == null) {
          GoalServiceGrpc.getDeleteSubgoalMethod = getDeleteSubgoalMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.DeleteSubgoalRequest, kith.coaching.v1.Coaching.DeleteSubgoalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSubgoal"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.DeleteSubgoalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.DeleteSubgoalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("DeleteSubgoal"))
              .build();
        }
      }
    }
    return getDeleteSubgoalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.LogCheckInRequest,
      kith.coaching.v1.Coaching.LogCheckInResponse> getLogCheckInMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LogCheckIn",
      requestType = kith.coaching.v1.Coaching.LogCheckInRequest.class,
      responseType = kith.coaching.v1.Coaching.LogCheckInResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.LogCheckInRequest,
      kith.coaching.v1.Coaching.LogCheckInResponse> getLogCheckInMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.LogCheckInRequest, kith.coaching.v1.Coaching.LogCheckInResponse> getLogCheckInMethod;
    if ((getLogCheckInMethod = GoalServiceGrpc.getLogCheckInMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getLogCheckInMethod = GoalServiceGrpc.getLogCheckInMethod) == null) {
          GoalServiceGrpc.getLogCheckInMethod = getLogCheckInMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.LogCheckInRequest, kith.coaching.v1.Coaching.LogCheckInResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LogCheckIn"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.LogCheckInRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.LogCheckInResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("LogCheckIn"))
              .build();
        }
      }
    }
    return getLogCheckInMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListCheckInsRequest,
      kith.coaching.v1.Coaching.ListCheckInsResponse> getListCheckInsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCheckIns",
      requestType = kith.coaching.v1.Coaching.ListCheckInsRequest.class,
      responseType = kith.coaching.v1.Coaching.ListCheckInsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListCheckInsRequest,
      kith.coaching.v1.Coaching.ListCheckInsResponse> getListCheckInsMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListCheckInsRequest, kith.coaching.v1.Coaching.ListCheckInsResponse> getListCheckInsMethod;
    if ((getListCheckInsMethod = GoalServiceGrpc.getListCheckInsMethod) == null) {
      synchronized (GoalServiceGrpc.class) {
        if ((getListCheckInsMethod = GoalServiceGrpc.getListCheckInsMethod) == null) {
          GoalServiceGrpc.getListCheckInsMethod = getListCheckInsMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListCheckInsRequest, kith.coaching.v1.Coaching.ListCheckInsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCheckIns"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListCheckInsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListCheckInsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GoalServiceMethodDescriptorSupplier("ListCheckIns"))
              .build();
        }
      }
    }
    return getListCheckInsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static GoalServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GoalServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GoalServiceStub>() {
        @java.lang.Override
        public GoalServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GoalServiceStub(channel, callOptions);
        }
      };
    return GoalServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static GoalServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GoalServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GoalServiceBlockingStub>() {
        @java.lang.Override
        public GoalServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GoalServiceBlockingStub(channel, callOptions);
        }
      };
    return GoalServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static GoalServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GoalServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GoalServiceFutureStub>() {
        @java.lang.Override
        public GoalServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GoalServiceFutureStub(channel, callOptions);
        }
      };
    return GoalServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * A member's goals, the plan the AI makes of each (subgoals and habits),
   * and the daily check-ins on those habits. Every method works on the
   * caller's own goals; another user's goal, habit or subgoal is NOT_FOUND.
   * </pre>
   */
  public static abstract class GoalServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a goal and asks the AI for its plan. When the plan arrives
     * within a couple of seconds the goal comes back with it (plan_status
     * READY); otherwise plan_status is PENDING and plan_job_id names the job
     * to watch (JobService.WatchJob); the plan is retried and, when it fails
     * for good, plan_status is FAILED with the reason.
     * </pre>
     */
    public void createGoal(kith.coaching.v1.Coaching.CreateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateGoalMethod(), responseObserver);
    }

    /**
     */
    public void getGoal(kith.coaching.v1.Coaching.GetGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetGoalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest first; filter by status.
     * </pre>
     */
    public void listGoals(kith.coaching.v1.Coaching.ListGoalsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListGoalsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListGoalsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: title, description, theme,
     * constraints, minutes_per_week, status, target_date.
     * </pre>
     */
    public void updateGoal(kith.coaching.v1.Coaching.UpdateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateGoalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes the goal with its subgoals, habits and check-ins.
     * </pre>
     */
    public void deleteGoal(kith.coaching.v1.Coaching.DeleteGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteGoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteGoalMethod(), responseObserver);
    }

    /**
     */
    public void createHabit(kith.coaching.v1.Coaching.CreateHabitRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateHabitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateHabitMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths: title, weekdays, target, unit.
     * </pre>
     */
    public void updateHabit(kith.coaching.v1.Coaching.UpdateHabitRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateHabitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateHabitMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes the habit and its check-ins.
     * </pre>
     */
    public void deleteHabit(kith.coaching.v1.Coaching.DeleteHabitRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteHabitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteHabitMethod(), responseObserver);
    }

    /**
     */
    public void createSubgoal(kith.coaching.v1.Coaching.CreateSubgoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateSubgoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSubgoalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths: title, target_date, done.
     * </pre>
     */
    public void updateSubgoal(kith.coaching.v1.Coaching.UpdateSubgoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateSubgoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateSubgoalMethod(), responseObserver);
    }

    /**
     */
    public void deleteSubgoal(kith.coaching.v1.Coaching.DeleteSubgoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteSubgoalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteSubgoalMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records how a habit went on a day: one check-in per habit per day in
     * the caller's timezone. Sending it again for the same day replaces it
     * (created is false), so a retried call is harmless.
     * </pre>
     */
    public void logCheckIn(kith.coaching.v1.Coaching.LogCheckInRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.LogCheckInResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogCheckInMethod(), responseObserver);
    }

    /**
     * <pre>
     * Newest day first; filter by goal, habit and days.
     * </pre>
     */
    public void listCheckIns(kith.coaching.v1.Coaching.ListCheckInsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListCheckInsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCheckInsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.CreateGoalRequest,
                kith.coaching.v1.Coaching.CreateGoalResponse>(
                  this, METHODID_CREATE_GOAL)))
          .addMethod(
            getGetGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.GetGoalRequest,
                kith.coaching.v1.Coaching.GetGoalResponse>(
                  this, METHODID_GET_GOAL)))
          .addMethod(
            getListGoalsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListGoalsRequest,
                kith.coaching.v1.Coaching.ListGoalsResponse>(
                  this, METHODID_LIST_GOALS)))
          .addMethod(
            getUpdateGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.UpdateGoalRequest,
                kith.coaching.v1.Coaching.UpdateGoalResponse>(
                  this, METHODID_UPDATE_GOAL)))
          .addMethod(
            getDeleteGoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.DeleteGoalRequest,
                kith.coaching.v1.Coaching.DeleteGoalResponse>(
                  this, METHODID_DELETE_GOAL)))
          .addMethod(
            getCreateHabitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.CreateHabitRequest,
                kith.coaching.v1.Coaching.CreateHabitResponse>(
                  this, METHODID_CREATE_HABIT)))
          .addMethod(
            getUpdateHabitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.UpdateHabitRequest,
                kith.coaching.v1.Coaching.UpdateHabitResponse>(
                  this, METHODID_UPDATE_HABIT)))
          .addMethod(
            getDeleteHabitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.DeleteHabitRequest,
                kith.coaching.v1.Coaching.DeleteHabitResponse>(
                  this, METHODID_DELETE_HABIT)))
          .addMethod(
            getCreateSubgoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.CreateSubgoalRequest,
                kith.coaching.v1.Coaching.CreateSubgoalResponse>(
                  this, METHODID_CREATE_SUBGOAL)))
          .addMethod(
            getUpdateSubgoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.UpdateSubgoalRequest,
                kith.coaching.v1.Coaching.UpdateSubgoalResponse>(
                  this, METHODID_UPDATE_SUBGOAL)))
          .addMethod(
            getDeleteSubgoalMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.DeleteSubgoalRequest,
                kith.coaching.v1.Coaching.DeleteSubgoalResponse>(
                  this, METHODID_DELETE_SUBGOAL)))
          .addMethod(
            getLogCheckInMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.LogCheckInRequest,
                kith.coaching.v1.Coaching.LogCheckInResponse>(
                  this, METHODID_LOG_CHECK_IN)))
          .addMethod(
            getListCheckInsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListCheckInsRequest,
                kith.coaching.v1.Coaching.ListCheckInsResponse>(
                  this, METHODID_LIST_CHECK_INS)))
          .build();
    }
  }

  /**
   * <pre>
   * A member's goals, the plan the AI makes of each (subgoals and habits),
   * and the daily check-ins on those habits. Every method works on the
   * caller's own goals; another user's goal, habit or subgoal is NOT_FOUND.
   * </pre>
   */
  public static final class GoalServiceStub extends io.grpc.stub.AbstractAsyncStub<GoalServiceStub> {
    private GoalServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GoalServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GoalServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a goal and asks the AI for its plan. When the plan arrives
     * within a couple of seconds the goal comes back with it (plan_status
     * READY); otherwise plan_status is PENDING and plan_job_id names the job
     * to watch (JobService.WatchJob); the plan is retried and, when it fails
     * for good, plan_status is FAILED with the reason.
     * </pre>
     */
    public void createGoal(kith.coaching.v1.Coaching.CreateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getGoal(kith.coaching.v1.Coaching.GetGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest first; filter by status.
     * </pre>
     */
    public void listGoals(kith.coaching.v1.Coaching.ListGoalsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListGoalsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListGoalsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: title, description, theme,
     * constraints, minutes_per_week, status, target_date.
     * </pre>
     */
    public void updateGoal(kith.coaching.v1.Coaching.UpdateGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes the goal with its subgoals, habits and check-ins.
     * </pre>
     */
    public void deleteGoal(kith.coaching.v1.Coaching.DeleteGoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteGoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteGoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void createHabit(kith.coaching.v1.Coaching.CreateHabitRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateHabitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateHabitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths: title, weekdays, target, unit.
     * </pre>
     */
    public void updateHabit(kith.coaching.v1.Coaching.UpdateHabitRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateHabitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateHabitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes the habit and its check-ins.
     * </pre>
     */
    public void deleteHabit(kith.coaching.v1.Coaching.DeleteHabitRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteHabitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteHabitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void createSubgoal(kith.coaching.v1.Coaching.CreateSubgoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateSubgoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSubgoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths: title, target_date, done.
     * </pre>
     */
    public void updateSubgoal(kith.coaching.v1.Coaching.UpdateSubgoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateSubgoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateSubgoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteSubgoal(kith.coaching.v1.Coaching.DeleteSubgoalRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteSubgoalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteSubgoalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records how a habit went on a day: one check-in per habit per day in
     * the caller's timezone. Sending it again for the same day replaces it
     * (created is false), so a retried call is harmless.
     * </pre>
     */
    public void logCheckIn(kith.coaching.v1.Coaching.LogCheckInRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.LogCheckInResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogCheckInMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Newest day first; filter by goal, habit and days.
     * </pre>
     */
    public void listCheckIns(kith.coaching.v1.Coaching.ListCheckInsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListCheckInsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCheckInsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * A member's goals, the plan the AI makes of each (subgoals and habits),
   * and the daily check-ins on those habits. Every method works on the
   * caller's own goals; another user's goal, habit or subgoal is NOT_FOUND.
   * </pre>
   */
  public static final class GoalServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<GoalServiceBlockingStub> {
    private GoalServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GoalServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GoalServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a goal and asks the AI for its plan. When the plan arrives
     * within a couple of seconds the goal comes back with it (plan_status
     * READY); otherwise plan_status is PENDING and plan_job_id names the job
     * to watch (JobService.WatchJob); the plan is retried and, when it fails
     * for good, plan_status is FAILED with the reason.
     * </pre>
     */
    public kith.coaching.v1.Coaching.CreateGoalResponse createGoal(kith.coaching.v1.Coaching.CreateGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateGoalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.coaching.v1.Coaching.GetGoalResponse getGoal(kith.coaching.v1.Coaching.GetGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetGoalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest first; filter by status.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListGoalsResponse listGoals(kith.coaching.v1.Coaching.ListGoalsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListGoalsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: title, description, theme,
     * constraints, minutes_per_week, status, target_date.
     * </pre>
     */
    public kith.coaching.v1.Coaching.UpdateGoalResponse updateGoal(kith.coaching.v1.Coaching.UpdateGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateGoalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the goal with its subgoals, habits and check-ins.
     * </pre>
     */
    public kith.coaching.v1.Coaching.DeleteGoalResponse deleteGoal(kith.coaching.v1.Coaching.DeleteGoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteGoalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.coaching.v1.Coaching.CreateHabitResponse createHabit(kith.coaching.v1.Coaching.CreateHabitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateHabitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths: title, weekdays, target, unit.
     * </pre>
     */
    public kith.coaching.v1.Coaching.UpdateHabitResponse updateHabit(kith.coaching.v1.Coaching.UpdateHabitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateHabitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes the habit and its check-ins.
     * </pre>
     */
    public kith.coaching.v1.Coaching.DeleteHabitResponse deleteHabit(kith.coaching.v1.Coaching.DeleteHabitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteHabitMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.coaching.v1.Coaching.CreateSubgoalResponse createSubgoal(kith.coaching.v1.Coaching.CreateSubgoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSubgoalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths: title, target_date, done.
     * </pre>
     */
    public kith.coaching.v1.Coaching.UpdateSubgoalResponse updateSubgoal(kith.coaching.v1.Coaching.UpdateSubgoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateSubgoalMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.coaching.v1.Coaching.DeleteSubgoalResponse deleteSubgoal(kith.coaching.v1.Coaching.DeleteSubgoalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteSubgoalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records how a habit went on a day: one check-in per habit per day in
     * the caller's timezone. Sending it again for the same day replaces it
     * (created is false), so a retried call is harmless.
     * </pre>
     */
    public kith.coaching.v1.Coaching.LogCheckInResponse logCheckIn(kith.coaching.v1.Coaching.LogCheckInRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogCheckInMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Newest day first; filter by goal, habit and days.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListCheckInsResponse listCheckIns(kith.coaching.v1.Coaching.ListCheckInsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCheckInsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * A member's goals, the plan the AI makes of each (subgoals and habits),
   * and the daily check-ins on those habits. Every method works on the
   * caller's own goals; another user's goal, habit or subgoal is NOT_FOUND.
   * </pre>
   */
  public static final class GoalServiceFutureStub extends io.grpc.stub.AbstractFutureStub<GoalServiceFutureStub> {
    private GoalServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GoalServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GoalServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a goal and asks the AI for its plan. When the plan arrives
     * within a couple of seconds the goal comes back with it (plan_status
     * READY); otherwise plan_status is PENDING and plan_job_id names the job
     * to watch (JobService.WatchJob); the plan is retried and, when it fails
     * for good, plan_status is FAILED with the reason.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.CreateGoalResponse> createGoal(
        kith.coaching.v1.Coaching.CreateGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateGoalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.GetGoalResponse> getGoal(
        kith.coaching.v1.Coaching.GetGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetGoalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest first; filter by status.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListGoalsResponse> listGoals(
        kith.coaching.v1.Coaching.ListGoalsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListGoalsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the paths named in update_mask: title, description, theme,
     * constraints, minutes_per_week, status, target_date.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.UpdateGoalResponse> updateGoal(
        kith.coaching.v1.Coaching.UpdateGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateGoalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes the goal with its subgoals, habits and check-ins.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.DeleteGoalResponse> deleteGoal(
        kith.coaching.v1.Coaching.DeleteGoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteGoalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.CreateHabitResponse> createHabit(
        kith.coaching.v1.Coaching.CreateHabitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateHabitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths: title, weekdays, target, unit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.UpdateHabitResponse> updateHabit(
        kith.coaching.v1.Coaching.UpdateHabitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateHabitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes the habit and its check-ins.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.DeleteHabitResponse> deleteHabit(
        kith.coaching.v1.Coaching.DeleteHabitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteHabitMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.CreateSubgoalResponse> createSubgoal(
        kith.coaching.v1.Coaching.CreateSubgoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSubgoalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths: title, target_date, done.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.UpdateSubgoalResponse> updateSubgoal(
        kith.coaching.v1.Coaching.UpdateSubgoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateSubgoalMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.DeleteSubgoalResponse> deleteSubgoal(
        kith.coaching.v1.Coaching.DeleteSubgoalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteSubgoalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records how a habit went on a day: one check-in per habit per day in
     * the caller's timezone. Sending it again for the same day replaces it
     * (created is false), so a retried call is harmless.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.LogCheckInResponse> logCheckIn(
        kith.coaching.v1.Coaching.LogCheckInRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogCheckInMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Newest day first; filter by goal, habit and days.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListCheckInsResponse> listCheckIns(
        kith.coaching.v1.Coaching.ListCheckInsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCheckInsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_GOAL = 0;
  private static final int METHODID_GET_GOAL = 1;
  private static final int METHODID_LIST_GOALS = 2;
  private static final int METHODID_UPDATE_GOAL = 3;
  private static final int METHODID_DELETE_GOAL = 4;
  private static final int METHODID_CREATE_HABIT = 5;
  private static final int METHODID_UPDATE_HABIT = 6;
  private static final int METHODID_DELETE_HABIT = 7;
  private static final int METHODID_CREATE_SUBGOAL = 8;
  private static final int METHODID_UPDATE_SUBGOAL = 9;
  private static final int METHODID_DELETE_SUBGOAL = 10;
  private static final int METHODID_LOG_CHECK_IN = 11;
  private static final int METHODID_LIST_CHECK_INS = 12;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final GoalServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(GoalServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_GOAL:
          serviceImpl.createGoal((kith.coaching.v1.Coaching.CreateGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateGoalResponse>) responseObserver);
          break;
        case METHODID_GET_GOAL:
          serviceImpl.getGoal((kith.coaching.v1.Coaching.GetGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetGoalResponse>) responseObserver);
          break;
        case METHODID_LIST_GOALS:
          serviceImpl.listGoals((kith.coaching.v1.Coaching.ListGoalsRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListGoalsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_GOAL:
          serviceImpl.updateGoal((kith.coaching.v1.Coaching.UpdateGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateGoalResponse>) responseObserver);
          break;
        case METHODID_DELETE_GOAL:
          serviceImpl.deleteGoal((kith.coaching.v1.Coaching.DeleteGoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteGoalResponse>) responseObserver);
          break;
        case METHODID_CREATE_HABIT:
          serviceImpl.createHabit((kith.coaching.v1.Coaching.CreateHabitRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateHabitResponse>) responseObserver);
          break;
        case METHODID_UPDATE_HABIT:
          serviceImpl.updateHabit((kith.coaching.v1.Coaching.UpdateHabitRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateHabitResponse>) responseObserver);
          break;
        case METHODID_DELETE_HABIT:
          serviceImpl.deleteHabit((kith.coaching.v1.Coaching.DeleteHabitRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteHabitResponse>) responseObserver);
          break;
        case METHODID_CREATE_SUBGOAL:
          serviceImpl.createSubgoal((kith.coaching.v1.Coaching.CreateSubgoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.CreateSubgoalResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SUBGOAL:
          serviceImpl.updateSubgoal((kith.coaching.v1.Coaching.UpdateSubgoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UpdateSubgoalResponse>) responseObserver);
          break;
        case METHODID_DELETE_SUBGOAL:
          serviceImpl.deleteSubgoal((kith.coaching.v1.Coaching.DeleteSubgoalRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.DeleteSubgoalResponse>) responseObserver);
          break;
        case METHODID_LOG_CHECK_IN:
          serviceImpl.logCheckIn((kith.coaching.v1.Coaching.LogCheckInRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.LogCheckInResponse>) responseObserver);
          break;
        case METHODID_LIST_CHECK_INS:
          serviceImpl.listCheckIns((kith.coaching.v1.Coaching.ListCheckInsRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListCheckInsResponse>) responseObserver);
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

  private static abstract class GoalServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    GoalServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("GoalService");
    }
  }

  private static final class GoalServiceFileDescriptorSupplier
      extends GoalServiceBaseDescriptorSupplier {
    GoalServiceFileDescriptorSupplier() {}
  }

  private static final class GoalServiceMethodDescriptorSupplier
      extends GoalServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    GoalServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (GoalServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new GoalServiceFileDescriptorSupplier())
              .addMethod(getCreateGoalMethod())
              .addMethod(getGetGoalMethod())
              .addMethod(getListGoalsMethod())
              .addMethod(getUpdateGoalMethod())
              .addMethod(getDeleteGoalMethod())
              .addMethod(getCreateHabitMethod())
              .addMethod(getUpdateHabitMethod())
              .addMethod(getDeleteHabitMethod())
              .addMethod(getCreateSubgoalMethod())
              .addMethod(getUpdateSubgoalMethod())
              .addMethod(getDeleteSubgoalMethod())
              .addMethod(getLogCheckInMethod())
              .addMethod(getListCheckInsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
