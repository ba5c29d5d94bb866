package kith.social.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Friends, device visits and challenges. Nothing of a user is visible to
 * anyone who is not their accepted friend: another user's profile, visits
 * and friends-only challenges answer NOT_FOUND to everyone else, exactly as
 * a missing id does. Blocking is silent: the blocked user sees nothing
 * change except that the blocker is gone from their friends.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/social/v1/social.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SocialServiceGrpc {

  private SocialServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.social.v1.SocialService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.SendFriendRequestRequest,
      kith.social.v1.Social.SendFriendRequestResponse> getSendFriendRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendFriendRequest",
      requestType = kith.social.v1.Social.SendFriendRequestRequest.class,
      responseType = kith.social.v1.Social.SendFriendRequestResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.SendFriendRequestRequest,
      kith.social.v1.Social.SendFriendRequestResponse> getSendFriendRequestMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.SendFriendRequestRequest, kith.social.v1.Social.SendFriendRequestResponse> getSendFriendRequestMethod;
    if ((getSendFriendRequestMethod = SocialServiceGrpc.getSendFriendRequestMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getSendFriendRequestMethod = SocialServiceGrpc.getSendFriendRequestMethod) == null) {
          SocialServiceGrpc.getSendFriendRequestMethod = getSendFriendRequestMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.SendFriendRequestRequest, kith.social.v1.Social.SendFriendRequestResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendFriendRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.SendFriendRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.SendFriendRequestResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("SendFriendRequest"))
              .build();
        }
      }
    }
    return getSendFriendRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.RespondToFriendRequestRequest,
      kith.social.v1.Social.RespondToFriendRequestResponse> getRespondToFriendRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RespondToFriendRequest",
      requestType = kith.social.v1.Social.RespondToFriendRequestRequest.class,
      responseType = kith.social.v1.Social.RespondToFriendRequestResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.RespondToFriendRequestRequest,
      kith.social.v1.Social.RespondToFriendRequestResponse> getRespondToFriendRequestMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.RespondToFriendRequestRequest, kith.social.v1.Social.RespondToFriendRequestResponse> getRespondToFriendRequestMethod;
    if ((getRespondToFriendRequestMethod = SocialServiceGrpc.getRespondToFriendRequestMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getRespondToFriendRequestMethod = SocialServiceGrpc.getRespondToFriendRequestMethod) == null) {
          SocialServiceGrpc.getRespondToFriendRequestMethod = getRespondToFriendRequestMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.RespondToFriendRequestRequest, kith.social.v1.Social.RespondToFriendRequestResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RespondToFriendRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.RespondToFriendRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.RespondToFriendRequestResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("RespondToFriendRequest"))
              .build();
        }
      }
    }
    return getRespondToFriendRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.ListFriendsRequest,
      kith.social.v1.Social.ListFriendsResponse> getListFriendsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListFriends",
      requestType = kith.social.v1.Social.ListFriendsRequest.class,
      responseType = kith.social.v1.Social.ListFriendsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.ListFriendsRequest,
      kith.social.v1.Social.ListFriendsResponse> getListFriendsMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.ListFriendsRequest, kith.social.v1.Social.ListFriendsResponse> getListFriendsMethod;
    if ((getListFriendsMethod = SocialServiceGrpc.getListFriendsMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getListFriendsMethod = SocialServiceGrpc.getListFriendsMethod) == null) {
          SocialServiceGrpc.getListFriendsMethod = getListFriendsMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.ListFriendsRequest, kith.social.v1.Social.ListFriendsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListFriends"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListFriendsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListFriendsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("ListFriends"))
              .build();
        }
      }
    }
    return getListFriendsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.GetFriendRequest,
      kith.social.v1.Social.GetFriendResponse> getGetFriendMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetFriend",
      requestType = kith.social.v1.Social.GetFriendRequest.class,
      responseType = kith.social.v1.Social.GetFriendResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.GetFriendRequest,
      kith.social.v1.Social.GetFriendResponse> getGetFriendMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.GetFriendRequest, kith.social.v1.Social.GetFriendResponse> getGetFriendMethod;
    if ((getGetFriendMethod = SocialServiceGrpc.getGetFriendMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getGetFriendMethod = SocialServiceGrpc.getGetFriendMethod) == null) {
          SocialServiceGrpc.getGetFriendMethod = getGetFriendMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.GetFriendRequest, kith.social.v1.Social.GetFriendResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetFriend"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetFriendRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetFriendResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("GetFriend"))
              .build();
        }
      }
    }
    return getGetFriendMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.RemoveFriendRequest,
      kith.social.v1.Social.RemoveFriendResponse> getRemoveFriendMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveFriend",
      requestType = kith.social.v1.Social.RemoveFriendRequest.class,
      responseType = kith.social.v1.Social.RemoveFriendResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.RemoveFriendRequest,
      kith.social.v1.Social.RemoveFriendResponse> getRemoveFriendMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.RemoveFriendRequest, kith.social.v1.Social.RemoveFriendResponse> getRemoveFriendMethod;
    if ((getRemoveFriendMethod = SocialServiceGrpc.getRemoveFriendMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getRemoveFriendMethod = SocialServiceGrpc.getRemoveFriendMethod) == null) {
          SocialServiceGrpc.getRemoveFriendMethod = getRemoveFriendMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.RemoveFriendRequest, kith.social.v1.Social.RemoveFriendResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveFriend"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.RemoveFriendRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.RemoveFriendResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("RemoveFriend"))
              .build();
        }
      }
    }
    return getRemoveFriendMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.BlockRequest,
      kith.social.v1.Social.BlockResponse> getBlockMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Block",
      requestType = kith.social.v1.Social.BlockRequest.class,
      responseType = kith.social.v1.Social.BlockResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.BlockRequest,
      kith.social.v1.Social.BlockResponse> getBlockMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.BlockRequest, kith.social.v1.Social.BlockResponse> getBlockMethod;
    if ((getBlockMethod = SocialServiceGrpc.getBlockMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getBlockMethod = SocialServiceGrpc.getBlockMethod) == null) {
          SocialServiceGrpc.getBlockMethod = getBlockMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.BlockRequest, kith.social.v1.Social.BlockResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Block"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.BlockRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.BlockResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("Block"))
              .build();
        }
      }
    }
    return getBlockMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.UnblockRequest,
      kith.social.v1.Social.UnblockResponse> getUnblockMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unblock",
      requestType = kith.social.v1.Social.UnblockRequest.class,
      responseType = kith.social.v1.Social.UnblockResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.UnblockRequest,
      kith.social.v1.Social.UnblockResponse> getUnblockMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.UnblockRequest, kith.social.v1.Social.UnblockResponse> getUnblockMethod;
    if ((getUnblockMethod = SocialServiceGrpc.getUnblockMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getUnblockMethod = SocialServiceGrpc.getUnblockMethod) == null) {
          SocialServiceGrpc.getUnblockMethod = getUnblockMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.UnblockRequest, kith.social.v1.Social.UnblockResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unblock"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.UnblockRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.UnblockResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("Unblock"))
              .build();
        }
      }
    }
    return getUnblockMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.ListBlockedRequest,
      kith.social.v1.Social.ListBlockedResponse> getListBlockedMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBlocked",
      requestType = kith.social.v1.Social.ListBlockedRequest.class,
      responseType = kith.social.v1.Social.ListBlockedResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.ListBlockedRequest,
      kith.social.v1.Social.ListBlockedResponse> getListBlockedMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.ListBlockedRequest, kith.social.v1.Social.ListBlockedResponse> getListBlockedMethod;
    if ((getListBlockedMethod = SocialServiceGrpc.getListBlockedMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getListBlockedMethod = SocialServiceGrpc.getListBlockedMethod) == null) {
          SocialServiceGrpc.getListBlockedMethod = getListBlockedMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.ListBlockedRequest, kith.social.v1.Social.ListBlockedResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBlocked"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListBlockedRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListBlockedResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("ListBlocked"))
              .build();
        }
      }
    }
    return getListBlockedMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.StartVisitRequest,
      kith.social.v1.Social.StartVisitResponse> getStartVisitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartVisit",
      requestType = kith.social.v1.Social.StartVisitRequest.class,
      responseType = kith.social.v1.Social.StartVisitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.StartVisitRequest,
      kith.social.v1.Social.StartVisitResponse> getStartVisitMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.StartVisitRequest, kith.social.v1.Social.StartVisitResponse> getStartVisitMethod;
    if ((getStartVisitMethod = SocialServiceGrpc.getStartVisitMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getStartVisitMethod = SocialServiceGrpc.getStartVisitMethod) == null) {
          SocialServiceGrpc.getStartVisitMethod = getStartVisitMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.StartVisitRequest, kith.social.v1.Social.StartVisitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartVisit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.StartVisitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.StartVisitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("StartVisit"))
              .build();
        }
      }
    }
    return getStartVisitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.EndVisitRequest,
      kith.social.v1.Social.EndVisitResponse> getEndVisitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EndVisit",
      requestType = kith.social.v1.Social.EndVisitRequest.class,
      responseType = kith.social.v1.Social.EndVisitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.EndVisitRequest,
      kith.social.v1.Social.EndVisitResponse> getEndVisitMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.EndVisitRequest, kith.social.v1.Social.EndVisitResponse> getEndVisitMethod;
    if ((getEndVisitMethod = SocialServiceGrpc.getEndVisitMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getEndVisitMethod = SocialServiceGrpc.getEndVisitMethod) == null) {
          SocialServiceGrpc.getEndVisitMethod = getEndVisitMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.EndVisitRequest, kith.social.v1.Social.EndVisitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EndVisit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.EndVisitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.EndVisitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("EndVisit"))
              .build();
        }
      }
    }
    return getEndVisitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.ListVisitsRequest,
      kith.social.v1.Social.ListVisitsResponse> getListVisitsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListVisits",
      requestType = kith.social.v1.Social.ListVisitsRequest.class,
      responseType = kith.social.v1.Social.ListVisitsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.ListVisitsRequest,
      kith.social.v1.Social.ListVisitsResponse> getListVisitsMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.ListVisitsRequest, kith.social.v1.Social.ListVisitsResponse> getListVisitsMethod;
    if ((getListVisitsMethod = SocialServiceGrpc.getListVisitsMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getListVisitsMethod = SocialServiceGrpc.getListVisitsMethod) == null) {
          SocialServiceGrpc.getListVisitsMethod = getListVisitsMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.ListVisitsRequest, kith.social.v1.Social.ListVisitsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListVisits"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListVisitsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListVisitsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("ListVisits"))
              .build();
        }
      }
    }
    return getListVisitsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.GetVisitRequest,
      kith.social.v1.Social.GetVisitResponse> getGetVisitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetVisit",
      requestType = kith.social.v1.Social.GetVisitRequest.class,
      responseType = kith.social.v1.Social.GetVisitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.GetVisitRequest,
      kith.social.v1.Social.GetVisitResponse> getGetVisitMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.GetVisitRequest, kith.social.v1.Social.GetVisitResponse> getGetVisitMethod;
    if ((getGetVisitMethod = SocialServiceGrpc.getGetVisitMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getGetVisitMethod = SocialServiceGrpc.getGetVisitMethod) == null) {
          SocialServiceGrpc.getGetVisitMethod = getGetVisitMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.GetVisitRequest, kith.social.v1.Social.GetVisitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetVisit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetVisitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetVisitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("GetVisit"))
              .build();
        }
      }
    }
    return getGetVisitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.CreateChallengeRequest,
      kith.social.v1.Social.CreateChallengeResponse> getCreateChallengeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateChallenge",
      requestType = kith.social.v1.Social.CreateChallengeRequest.class,
      responseType = kith.social.v1.Social.CreateChallengeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.CreateChallengeRequest,
      kith.social.v1.Social.CreateChallengeResponse> getCreateChallengeMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.CreateChallengeRequest, kith.social.v1.Social.CreateChallengeResponse> getCreateChallengeMethod;
    if ((getCreateChallengeMethod = SocialServiceGrpc.getCreateChallengeMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getCreateChallengeMethod = SocialServiceGrpc.getCreateChallengeMethod) == null) {
          SocialServiceGrpc.getCreateChallengeMethod = getCreateChallengeMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.CreateChallengeRequest, kith.social.v1.Social.CreateChallengeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateChallenge"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.CreateChallengeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.CreateChallengeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("CreateChallenge"))
              .build();
        }
      }
    }
    return getCreateChallengeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.GetChallengeRequest,
      kith.social.v1.Social.GetChallengeResponse> getGetChallengeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetChallenge",
      requestType = kith.social.v1.Social.GetChallengeRequest.class,
      responseType = kith.social.v1.Social.GetChallengeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.GetChallengeRequest,
      kith.social.v1.Social.GetChallengeResponse> getGetChallengeMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.GetChallengeRequest, kith.social.v1.Social.GetChallengeResponse> getGetChallengeMethod;
    if ((getGetChallengeMethod = SocialServiceGrpc.getGetChallengeMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getGetChallengeMethod = SocialServiceGrpc.getGetChallengeMethod) == null) {
          SocialServiceGrpc.getGetChallengeMethod = getGetChallengeMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.GetChallengeRequest, kith.social.v1.Social.GetChallengeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetChallenge"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetChallengeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetChallengeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("GetChallenge"))
              .build();
        }
      }
    }
    return getGetChallengeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.ListChallengesRequest,
      kith.social.v1.Social.ListChallengesResponse> getListChallengesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListChallenges",
      requestType = kith.social.v1.Social.ListChallengesRequest.class,
      responseType = kith.social.v1.Social.ListChallengesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.ListChallengesRequest,
      kith.social.v1.Social.ListChallengesResponse> getListChallengesMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.ListChallengesRequest, kith.social.v1.Social.ListChallengesResponse> getListChallengesMethod;
    if ((getListChallengesMethod = SocialServiceGrpc.getListChallengesMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getListChallengesMethod = SocialServiceGrpc.getListChallengesMethod) == null) {
          SocialServiceGrpc.getListChallengesMethod = getListChallengesMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.ListChallengesRequest, kith.social.v1.Social.ListChallengesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListChallenges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListChallengesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.ListChallengesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("ListChallenges"))
              .build();
        }
      }
    }
    return getListChallengesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.JoinChallengeRequest,
      kith.social.v1.Social.JoinChallengeResponse> getJoinChallengeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "JoinChallenge",
      requestType = kith.social.v1.Social.JoinChallengeRequest.class,
      responseType = kith.social.v1.Social.JoinChallengeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.JoinChallengeRequest,
      kith.social.v1.Social.JoinChallengeResponse> getJoinChallengeMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.JoinChallengeRequest, kith.social.v1.Social.JoinChallengeResponse> getJoinChallengeMethod;
    if ((getJoinChallengeMethod = SocialServiceGrpc.getJoinChallengeMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getJoinChallengeMethod = SocialServiceGrpc.getJoinChallengeMethod) == null) {
          SocialServiceGrpc.getJoinChallengeMethod = getJoinChallengeMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.JoinChallengeRequest, kith.social.v1.Social.JoinChallengeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "JoinChallenge"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.JoinChallengeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.JoinChallengeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("JoinChallenge"))
              .build();
        }
      }
    }
    return getJoinChallengeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.LeaveChallengeRequest,
      kith.social.v1.Social.LeaveChallengeResponse> getLeaveChallengeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LeaveChallenge",
      requestType = kith.social.v1.Social.LeaveChallengeRequest.class,
      responseType = kith.social.v1.Social.LeaveChallengeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.LeaveChallengeRequest,
      kith.social.v1.Social.LeaveChallengeResponse> getLeaveChallengeMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.LeaveChallengeRequest, kith.social.v1.Social.LeaveChallengeResponse> getLeaveChallengeMethod;
    if ((getLeaveChallengeMethod = SocialServiceGrpc.getLeaveChallengeMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getLeaveChallengeMethod = SocialServiceGrpc.getLeaveChallengeMethod) == null) {
          SocialServiceGrpc.getLeaveChallengeMethod = getLeaveChallengeMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.LeaveChallengeRequest, kith.social.v1.Social.LeaveChallengeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LeaveChallenge"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.LeaveChallengeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.LeaveChallengeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("LeaveChallenge"))
              .build();
        }
      }
    }
    return getLeaveChallengeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.social.v1.Social.GetLeaderboardRequest,
      kith.social.v1.Social.GetLeaderboardResponse> getGetLeaderboardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLeaderboard",
      requestType = kith.social.v1.Social.GetLeaderboardRequest.class,
      responseType = kith.social.v1.Social.GetLeaderboardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.social.v1.Social.GetLeaderboardRequest,
      kith.social.v1.Social.GetLeaderboardResponse> getGetLeaderboardMethod() {
    io.grpc.MethodDescriptor<kith.social.v1.Social.GetLeaderboardRequest, kith.social.v1.Social.GetLeaderboardResponse> getGetLeaderboardMethod;
    if ((getGetLeaderboardMethod = SocialServiceGrpc.getGetLeaderboardMethod) == null) {
      synchronized (SocialServiceGrpc.class) {
        if ((getGetLeaderboardMethod = SocialServiceGrpc.getGetLeaderboardMethod) == null) {
          SocialServiceGrpc.getGetLeaderboardMethod = getGetLeaderboardMethod =
              io.grpc.MethodDescriptor.<kith.social.v1.Social.GetLeaderboardRequest, kith.social.v1.Social.GetLeaderboardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLeaderboard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetLeaderboardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.social.v1.Social.GetLeaderboardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SocialServiceMethodDescriptorSupplier("GetLeaderboard"))
              .build();
        }
      }
    }
    return getGetLeaderboardMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SocialServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SocialServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SocialServiceStub>() {
        @java.lang.Override
        public SocialServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SocialServiceStub(channel, callOptions);
        }
      };
    return SocialServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SocialServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SocialServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SocialServiceBlockingStub>() {
        @java.lang.Override
        public SocialServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SocialServiceBlockingStub(channel, callOptions);
        }
      };
    return SocialServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SocialServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SocialServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SocialServiceFutureStub>() {
        @java.lang.Override
        public SocialServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SocialServiceFutureStub(channel, callOptions);
        }
      };
    return SocialServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Friends, device visits and challenges. Nothing of a user is visible to
   * anyone who is not their accepted friend: another user's profile, visits
   * and friends-only challenges answer NOT_FOUND to everyone else, exactly as
   * a missing id does. Blocking is silent: the blocked user sees nothing
   * change except that the blocker is gone from their friends.
   * </pre>
   */
  public static abstract class SocialServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * By email or user id. Asking someone who already asked you accepts their
     * request. Asking again while pending returns the pending request. An
     * address or id without an account answers exactly like one with: a
     * pending request whose addressee stays empty until they accept (it never
     * reaches anyone). At most friend_requests_per_day calls (default 50) per
     * user in 24 hours; beyond, RESOURCE_EXHAUSTED (TOO_MANY_FRIEND_REQUESTS).
     * </pre>
     */
    public void sendFriendRequest(kith.social.v1.Social.SendFriendRequestRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.SendFriendRequestResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendFriendRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * Only the addressee of a pending request may answer it.
     * </pre>
     */
    public void respondToFriendRequest(kith.social.v1.Social.RespondToFriendRequestRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.RespondToFriendRequestResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRespondToFriendRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * Accepted friends, and pending requests received and sent.
     * </pre>
     */
    public void listFriends(kith.social.v1.Social.ListFriendsRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListFriendsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListFriendsMethod(), responseObserver);
    }

    /**
     * <pre>
     * A friend's profile: name and the devices they share with friends.
     * </pre>
     */
    public void getFriend(kith.social.v1.Social.GetFriendRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetFriendResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetFriendMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends a friendship, or withdraws the caller's pending request; ends
     * visits between the two.
     * </pre>
     */
    public void removeFriend(kith.social.v1.Social.RemoveFriendRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.RemoveFriendResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveFriendMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends any friendship and visits with the user, hides their requests and
     * everything of the caller from them. Idempotent. An id that names no user
     * answers the same (and blocks nothing).
     * </pre>
     */
    public void block(kith.social.v1.Social.BlockRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.BlockResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBlockMethod(), responseObserver);
    }

    /**
     */
    public void unblock(kith.social.v1.Social.UnblockRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.UnblockResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnblockMethod(), responseObserver);
    }

    /**
     */
    public void listBlocked(kith.social.v1.Social.ListBlockedRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListBlockedResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBlockedMethod(), responseObserver);
    }

    /**
     * <pre>
     * A friend's device visits the caller's device group for a while. With
     * `conversation`, a friend_visit conversation between the caller's lead
     * device and the visiting device is written in the background; each user
     * gets their own copy. The writer is told only the two devices' names and
     * personalities, never usage.
     * </pre>
     */
    public void startVisit(kith.social.v1.Social.StartVisitRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.StartVisitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartVisitMethod(), responseObserver);
    }

    /**
     * <pre>
     * The host or the visitor ends a visit early.
     * </pre>
     */
    public void endVisit(kith.social.v1.Social.EndVisitRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.EndVisitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEndVisitMethod(), responseObserver);
    }

    /**
     * <pre>
     * Visits the caller hosts or makes, newest first.
     * </pre>
     */
    public void listVisits(kith.social.v1.Social.ListVisitsRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListVisitsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListVisitsMethod(), responseObserver);
    }

    /**
     */
    public void getVisit(kith.social.v1.Social.GetVisitRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetVisitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetVisitMethod(), responseObserver);
    }

    /**
     * <pre>
     * The creator joins at once.
     * </pre>
     */
    public void createChallenge(kith.social.v1.Social.CreateChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.CreateChallengeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateChallengeMethod(), responseObserver);
    }

    /**
     */
    public void getChallenge(kith.social.v1.Social.GetChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetChallengeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetChallengeMethod(), responseObserver);
    }

    /**
     * <pre>
     * The caller's own, their friends' and public challenges, newest first.
     * </pre>
     */
    public void listChallenges(kith.social.v1.Social.ListChallengesRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListChallengesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListChallengesMethod(), responseObserver);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (CHALLENGE_ENDED) after its last day;
     * ALREADY_EXISTS (ALREADY_JOINED) when joined; RESOURCE_EXHAUSTED when full.
     * </pre>
     */
    public void joinChallenge(kith.social.v1.Social.JoinChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.JoinChallengeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getJoinChallengeMethod(), responseObserver);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (NOT_A_PARTICIPANT) when not joined.
     * </pre>
     */
    public void leaveChallenge(kith.social.v1.Social.LeaveChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.LeaveChallengeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLeaveChallengeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Every participant ranked by progress over the challenge's days, read
     * from the daily usage rollups (which follow an upload within about a
     * minute). Participants who are neither the caller nor the caller's
     * friends are shown without name or id.
     * </pre>
     */
    public void getLeaderboard(kith.social.v1.Social.GetLeaderboardRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetLeaderboardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLeaderboardMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getSendFriendRequestMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.SendFriendRequestRequest,
                kith.social.v1.Social.SendFriendRequestResponse>(
                  this, METHODID_SEND_FRIEND_REQUEST)))
          .addMethod(
            getRespondToFriendRequestMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.RespondToFriendRequestRequest,
                kith.social.v1.Social.RespondToFriendRequestResponse>(
                  this, METHODID_RESPOND_TO_FRIEND_REQUEST)))
          .addMethod(
            getListFriendsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.ListFriendsRequest,
                kith.social.v1.Social.ListFriendsResponse>(
                  this, METHODID_LIST_FRIENDS)))
          .addMethod(
            getGetFriendMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.GetFriendRequest,
                kith.social.v1.Social.GetFriendResponse>(
                  this, METHODID_GET_FRIEND)))
          .addMethod(
            getRemoveFriendMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.RemoveFriendRequest,
                kith.social.v1.Social.RemoveFriendResponse>(
                  this, METHODID_REMOVE_FRIEND)))
          .addMethod(
            getBlockMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.BlockRequest,
                kith.social.v1.Social.BlockResponse>(
                  this, METHODID_BLOCK)))
          .addMethod(
            getUnblockMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.UnblockRequest,
                kith.social.v1.Social.UnblockResponse>(
                  this, METHODID_UNBLOCK)))
          .addMethod(
            getListBlockedMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.ListBlockedRequest,
                kith.social.v1.Social.ListBlockedResponse>(
                  this, METHODID_LIST_BLOCKED)))
          .addMethod(
            getStartVisitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.StartVisitRequest,
                kith.social.v1.Social.StartVisitResponse>(
                  this, METHODID_START_VISIT)))
          .addMethod(
            getEndVisitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.EndVisitRequest,
                kith.social.v1.Social.EndVisitResponse>(
                  this, METHODID_END_VISIT)))
          .addMethod(
            getListVisitsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.ListVisitsRequest,
                kith.social.v1.Social.ListVisitsResponse>(
                  this, METHODID_LIST_VISITS)))
          .addMethod(
            getGetVisitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.GetVisitRequest,
                kith.social.v1.Social.GetVisitResponse>(
                  this, METHODID_GET_VISIT)))
          .addMethod(
            getCreateChallengeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.CreateChallengeRequest,
                kith.social.v1.Social.CreateChallengeResponse>(
                  this, METHODID_CREATE_CHALLENGE)))
          .addMethod(
            getGetChallengeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.GetChallengeRequest,
                kith.social.v1.Social.GetChallengeResponse>(
                  this, METHODID_GET_CHALLENGE)))
          .addMethod(
            getListChallengesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.ListChallengesRequest,
                kith.social.v1.Social.ListChallengesResponse>(
                  this, METHODID_LIST_CHALLENGES)))
          .addMethod(
            getJoinChallengeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.JoinChallengeRequest,
                kith.social.v1.Social.JoinChallengeResponse>(
                  this, METHODID_JOIN_CHALLENGE)))
          .addMethod(
            getLeaveChallengeMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.LeaveChallengeRequest,
                kith.social.v1.Social.LeaveChallengeResponse>(
                  this, METHODID_LEAVE_CHALLENGE)))
          .addMethod(
            getGetLeaderboardMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.social.v1.Social.GetLeaderboardRequest,
                kith.social.v1.Social.GetLeaderboardResponse>(
                  this, METHODID_GET_LEADERBOARD)))
          .build();
    }
  }

  /**
   * <pre>
   * Friends, device visits and challenges. Nothing of a user is visible to
   * anyone who is not their accepted friend: another user's profile, visits
   * and friends-only challenges answer NOT_FOUND to everyone else, exactly as
   * a missing id does. Blocking is silent: the blocked user sees nothing
   * change except that the blocker is gone from their friends.
   * </pre>
   */
  public static final class SocialServiceStub extends io.grpc.stub.AbstractAsyncStub<SocialServiceStub> {
    private SocialServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SocialServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SocialServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * By email or user id. Asking someone who already asked you accepts their
     * request. Asking again while pending returns the pending request. An
     * address or id without an account answers exactly like one with: a
     * pending request whose addressee stays empty until they accept (it never
     * reaches anyone). At most friend_requests_per_day calls (default 50) per
     * user in 24 hours; beyond, RESOURCE_EXHAUSTED (TOO_MANY_FRIEND_REQUESTS).
     * </pre>
     */
    public void sendFriendRequest(kith.social.v1.Social.SendFriendRequestRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.SendFriendRequestResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendFriendRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Only the addressee of a pending request may answer it.
     * </pre>
     */
    public void respondToFriendRequest(kith.social.v1.Social.RespondToFriendRequestRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.RespondToFriendRequestResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRespondToFriendRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Accepted friends, and pending requests received and sent.
     * </pre>
     */
    public void listFriends(kith.social.v1.Social.ListFriendsRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListFriendsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListFriendsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A friend's profile: name and the devices they share with friends.
     * </pre>
     */
    public void getFriend(kith.social.v1.Social.GetFriendRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetFriendResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetFriendMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends a friendship, or withdraws the caller's pending request; ends
     * visits between the two.
     * </pre>
     */
    public void removeFriend(kith.social.v1.Social.RemoveFriendRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.RemoveFriendResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveFriendMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends any friendship and visits with the user, hides their requests and
     * everything of the caller from them. Idempotent. An id that names no user
     * answers the same (and blocks nothing).
     * </pre>
     */
    public void block(kith.social.v1.Social.BlockRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.BlockResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBlockMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void unblock(kith.social.v1.Social.UnblockRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.UnblockResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnblockMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listBlocked(kith.social.v1.Social.ListBlockedRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListBlockedResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBlockedMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A friend's device visits the caller's device group for a while. With
     * `conversation`, a friend_visit conversation between the caller's lead
     * device and the visiting device is written in the background; each user
     * gets their own copy. The writer is told only the two devices' names and
     * personalities, never usage.
     * </pre>
     */
    public void startVisit(kith.social.v1.Social.StartVisitRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.StartVisitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartVisitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The host or the visitor ends a visit early.
     * </pre>
     */
    public void endVisit(kith.social.v1.Social.EndVisitRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.EndVisitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEndVisitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Visits the caller hosts or makes, newest first.
     * </pre>
     */
    public void listVisits(kith.social.v1.Social.ListVisitsRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListVisitsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListVisitsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getVisit(kith.social.v1.Social.GetVisitRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetVisitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetVisitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The creator joins at once.
     * </pre>
     */
    public void createChallenge(kith.social.v1.Social.CreateChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.CreateChallengeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateChallengeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getChallenge(kith.social.v1.Social.GetChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetChallengeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetChallengeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The caller's own, their friends' and public challenges, newest first.
     * </pre>
     */
    public void listChallenges(kith.social.v1.Social.ListChallengesRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.ListChallengesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListChallengesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (CHALLENGE_ENDED) after its last day;
     * ALREADY_EXISTS (ALREADY_JOINED) when joined; RESOURCE_EXHAUSTED when full.
     * </pre>
     */
    public void joinChallenge(kith.social.v1.Social.JoinChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.JoinChallengeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getJoinChallengeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (NOT_A_PARTICIPANT) when not joined.
     * </pre>
     */
    public void leaveChallenge(kith.social.v1.Social.LeaveChallengeRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.LeaveChallengeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLeaveChallengeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Every participant ranked by progress over the challenge's days, read
     * from the daily usage rollups (which follow an upload within about a
     * minute). Participants who are neither the caller nor the caller's
     * friends are shown without name or id.
     * </pre>
     */
    public void getLeaderboard(kith.social.v1.Social.GetLeaderboardRequest request,
        io.grpc.stub.StreamObserver<kith.social.v1.Social.GetLeaderboardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLeaderboardMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Friends, device visits and challenges. Nothing of a user is visible to
   * anyone who is not their accepted friend: another user's profile, visits
   * and friends-only challenges answer NOT_FOUND to everyone else, exactly as
   * a missing id does. Blocking is silent: the blocked user sees nothing
   * change except that the blocker is gone from their friends.
   * </pre>
   */
  public static final class SocialServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<SocialServiceBlockingStub> {
    private SocialServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SocialServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SocialServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * By email or user id. Asking someone who already asked you accepts their
     * request. Asking again while pending returns the pending request. An
     * address or id without an account answers exactly like one with: a
     * pending request whose addressee stays empty until they accept (it never
     * reaches anyone). At most friend_requests_per_day calls (default 50) per
     * user in 24 hours; beyond, RESOURCE_EXHAUSTED (TOO_MANY_FRIEND_REQUESTS).
     * </pre>
     */
    public kith.social.v1.Social.SendFriendRequestResponse sendFriendRequest(kith.social.v1.Social.SendFriendRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendFriendRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Only the addressee of a pending request may answer it.
     * </pre>
     */
    public kith.social.v1.Social.RespondToFriendRequestResponse respondToFriendRequest(kith.social.v1.Social.RespondToFriendRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRespondToFriendRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Accepted friends, and pending requests received and sent.
     * </pre>
     */
    public kith.social.v1.Social.ListFriendsResponse listFriends(kith.social.v1.Social.ListFriendsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListFriendsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A friend's profile: name and the devices they share with friends.
     * </pre>
     */
    public kith.social.v1.Social.GetFriendResponse getFriend(kith.social.v1.Social.GetFriendRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetFriendMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends a friendship, or withdraws the caller's pending request; ends
     * visits between the two.
     * </pre>
     */
    public kith.social.v1.Social.RemoveFriendResponse removeFriend(kith.social.v1.Social.RemoveFriendRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveFriendMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends any friendship and visits with the user, hides their requests and
     * everything of the caller from them. Idempotent. An id that names no user
     * answers the same (and blocks nothing).
     * </pre>
     */
    public kith.social.v1.Social.BlockResponse block(kith.social.v1.Social.BlockRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBlockMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.social.v1.Social.UnblockResponse unblock(kith.social.v1.Social.UnblockRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnblockMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.social.v1.Social.ListBlockedResponse listBlocked(kith.social.v1.Social.ListBlockedRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBlockedMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A friend's device visits the caller's device group for a while. With
     * `conversation`, a friend_visit conversation between the caller's lead
     * device and the visiting device is written in the background; each user
     * gets their own copy. The writer is told only the two devices' names and
     * personalities, never usage.
     * </pre>
     */
    public kith.social.v1.Social.StartVisitResponse startVisit(kith.social.v1.Social.StartVisitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartVisitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The host or the visitor ends a visit early.
     * </pre>
     */
    public kith.social.v1.Social.EndVisitResponse endVisit(kith.social.v1.Social.EndVisitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEndVisitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Visits the caller hosts or makes, newest first.
     * </pre>
     */
    public kith.social.v1.Social.ListVisitsResponse listVisits(kith.social.v1.Social.ListVisitsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListVisitsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.social.v1.Social.GetVisitResponse getVisit(kith.social.v1.Social.GetVisitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetVisitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The creator joins at once.
     * </pre>
     */
    public kith.social.v1.Social.CreateChallengeResponse createChallenge(kith.social.v1.Social.CreateChallengeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateChallengeMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.social.v1.Social.GetChallengeResponse getChallenge(kith.social.v1.Social.GetChallengeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetChallengeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The caller's own, their friends' and public challenges, newest first.
     * </pre>
     */
    public kith.social.v1.Social.ListChallengesResponse listChallenges(kith.social.v1.Social.ListChallengesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListChallengesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (CHALLENGE_ENDED) after its last day;
     * ALREADY_EXISTS (ALREADY_JOINED) when joined; RESOURCE_EXHAUSTED when full.
     * </pre>
     */
    public kith.social.v1.Social.JoinChallengeResponse joinChallenge(kith.social.v1.Social.JoinChallengeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getJoinChallengeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (NOT_A_PARTICIPANT) when not joined.
     * </pre>
     */
    public kith.social.v1.Social.LeaveChallengeResponse leaveChallenge(kith.social.v1.Social.LeaveChallengeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLeaveChallengeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every participant ranked by progress over the challenge's days, read
     * from the daily usage rollups (which follow an upload within about a
     * minute). Participants who are neither the caller nor the caller's
     * friends are shown without name or id.
     * </pre>
     */
    public kith.social.v1.Social.GetLeaderboardResponse getLeaderboard(kith.social.v1.Social.GetLeaderboardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLeaderboardMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Friends, device visits and challenges. Nothing of a user is visible to
   * anyone who is not their accepted friend: another user's profile, visits
   * and friends-only challenges answer NOT_FOUND to everyone else, exactly as
   * a missing id does. Blocking is silent: the blocked user sees nothing
   * change except that the blocker is gone from their friends.
   * </pre>
   */
  public static final class SocialServiceFutureStub extends io.grpc.stub.AbstractFutureStub<SocialServiceFutureStub> {
    private SocialServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SocialServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SocialServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * By email or user id. Asking someone who already asked you accepts their
     * request. Asking again while pending returns the pending request. An
     * address or id without an account answers exactly like one with: a
     * pending request whose addressee stays empty until they accept (it never
     * reaches anyone). At most friend_requests_per_day calls (default 50) per
     * user in 24 hours; beyond, RESOURCE_EXHAUSTED (TOO_MANY_FRIEND_REQUESTS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.SendFriendRequestResponse> sendFriendRequest(
        kith.social.v1.Social.SendFriendRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendFriendRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Only the addressee of a pending request may answer it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.RespondToFriendRequestResponse> respondToFriendRequest(
        kith.social.v1.Social.RespondToFriendRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRespondToFriendRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Accepted friends, and pending requests received and sent.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.ListFriendsResponse> listFriends(
        kith.social.v1.Social.ListFriendsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListFriendsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A friend's profile: name and the devices they share with friends.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.GetFriendResponse> getFriend(
        kith.social.v1.Social.GetFriendRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetFriendMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends a friendship, or withdraws the caller's pending request; ends
     * visits between the two.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.RemoveFriendResponse> removeFriend(
        kith.social.v1.Social.RemoveFriendRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveFriendMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends any friendship and visits with the user, hides their requests and
     * everything of the caller from them. Idempotent. An id that names no user
     * answers the same (and blocks nothing).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.BlockResponse> block(
        kith.social.v1.Social.BlockRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBlockMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.UnblockResponse> unblock(
        kith.social.v1.Social.UnblockRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnblockMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.ListBlockedResponse> listBlocked(
        kith.social.v1.Social.ListBlockedRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBlockedMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A friend's device visits the caller's device group for a while. With
     * `conversation`, a friend_visit conversation between the caller's lead
     * device and the visiting device is written in the background; each user
     * gets their own copy. The writer is told only the two devices' names and
     * personalities, never usage.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.StartVisitResponse> startVisit(
        kith.social.v1.Social.StartVisitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartVisitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The host or the visitor ends a visit early.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.EndVisitResponse> endVisit(
        kith.social.v1.Social.EndVisitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEndVisitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Visits the caller hosts or makes, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.ListVisitsResponse> listVisits(
        kith.social.v1.Social.ListVisitsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListVisitsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.GetVisitResponse> getVisit(
        kith.social.v1.Social.GetVisitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetVisitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The creator joins at once.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.CreateChallengeResponse> createChallenge(
        kith.social.v1.Social.CreateChallengeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateChallengeMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.GetChallengeResponse> getChallenge(
        kith.social.v1.Social.GetChallengeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetChallengeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The caller's own, their friends' and public challenges, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.ListChallengesResponse> listChallenges(
        kith.social.v1.Social.ListChallengesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListChallengesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (CHALLENGE_ENDED) after its last day;
     * ALREADY_EXISTS (ALREADY_JOINED) when joined; RESOURCE_EXHAUSTED when full.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.JoinChallengeResponse> joinChallenge(
        kith.social.v1.Social.JoinChallengeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getJoinChallengeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FAILED_PRECONDITION (NOT_A_PARTICIPANT) when not joined.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.LeaveChallengeResponse> leaveChallenge(
        kith.social.v1.Social.LeaveChallengeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLeaveChallengeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Every participant ranked by progress over the challenge's days, read
     * from the daily usage rollups (which follow an upload within about a
     * minute). Participants who are neither the caller nor the caller's
     * friends are shown without name or id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.social.v1.Social.GetLeaderboardResponse> getLeaderboard(
        kith.social.v1.Social.GetLeaderboardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLeaderboardMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SEND_FRIEND_REQUEST = 0;
  private static final int METHODID_RESPOND_TO_FRIEND_REQUEST = 1;
  private static final int METHODID_LIST_FRIENDS = 2;
  private static final int METHODID_GET_FRIEND = 3;
  private static final int METHODID_REMOVE_FRIEND = 4;
  private static final int METHODID_BLOCK = 5;
  private static final int METHODID_UNBLOCK = 6;
  private static final int METHODID_LIST_BLOCKED = 7;
  private static final int METHODID_START_VISIT = 8;
  private static final int METHODID_END_VISIT = 9;
  private static final int METHODID_LIST_VISITS = 10;
  private static final int METHODID_GET_VISIT = 11;
  private static final int METHODID_CREATE_CHALLENGE = 12;
  private static final int METHODID_GET_CHALLENGE = 13;
  private static final int METHODID_LIST_CHALLENGES = 14;
  private static final int METHODID_JOIN_CHALLENGE = 15;
  private static final int METHODID_LEAVE_CHALLENGE = 16;
  private static final int METHODID_GET_LEADERBOARD = 17;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final SocialServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(SocialServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SEND_FRIEND_REQUEST:
          serviceImpl.sendFriendRequest((kith.social.v1.Social.SendFriendRequestRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.SendFriendRequestResponse>) responseObserver);
          break;
        case METHODID_RESPOND_TO_FRIEND_REQUEST:
          serviceImpl.respondToFriendRequest((kith.social.v1.Social.RespondToFriendRequestRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.RespondToFriendRequestResponse>) responseObserver);
          break;
        case METHODID_LIST_FRIENDS:
          serviceImpl.listFriends((kith.social.v1.Social.ListFriendsRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.ListFriendsResponse>) responseObserver);
          break;
        case METHODID_GET_FRIEND:
          serviceImpl.getFriend((kith.social.v1.Social.GetFriendRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.GetFriendResponse>) responseObserver);
          break;
        case METHODID_REMOVE_FRIEND:
          serviceImpl.removeFriend((kith.social.v1.Social.RemoveFriendRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.RemoveFriendResponse>) responseObserver);
          break;
        case METHODID_BLOCK:
          serviceImpl.block((kith.social.v1.Social.BlockRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.BlockResponse>) responseObserver);
          break;
        case METHODID_UNBLOCK:
          serviceImpl.unblock((kith.social.v1.Social.UnblockRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.UnblockResponse>) responseObserver);
          break;
        case METHODID_LIST_BLOCKED:
          serviceImpl.listBlocked((kith.social.v1.Social.ListBlockedRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.ListBlockedResponse>) responseObserver);
          break;
        case METHODID_START_VISIT:
          serviceImpl.startVisit((kith.social.v1.Social.StartVisitRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.StartVisitResponse>) responseObserver);
          break;
        case METHODID_END_VISIT:
          serviceImpl.endVisit((kith.social.v1.Social.EndVisitRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.EndVisitResponse>) responseObserver);
          break;
        case METHODID_LIST_VISITS:
          serviceImpl.listVisits((kith.social.v1.Social.ListVisitsRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.ListVisitsResponse>) responseObserver);
          break;
        case METHODID_GET_VISIT:
          serviceImpl.getVisit((kith.social.v1.Social.GetVisitRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.GetVisitResponse>) responseObserver);
          break;
        case METHODID_CREATE_CHALLENGE:
          serviceImpl.createChallenge((kith.social.v1.Social.CreateChallengeRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.CreateChallengeResponse>) responseObserver);
          break;
        case METHODID_GET_CHALLENGE:
          serviceImpl.getChallenge((kith.social.v1.Social.GetChallengeRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.GetChallengeResponse>) responseObserver);
          break;
        case METHODID_LIST_CHALLENGES:
          serviceImpl.listChallenges((kith.social.v1.Social.ListChallengesRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.ListChallengesResponse>) responseObserver);
          break;
        case METHODID_JOIN_CHALLENGE:
          serviceImpl.joinChallenge((kith.social.v1.Social.JoinChallengeRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.JoinChallengeResponse>) responseObserver);
          break;
        case METHODID_LEAVE_CHALLENGE:
          serviceImpl.leaveChallenge((kith.social.v1.Social.LeaveChallengeRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.LeaveChallengeResponse>) responseObserver);
          break;
        case METHODID_GET_LEADERBOARD:
          serviceImpl.getLeaderboard((kith.social.v1.Social.GetLeaderboardRequest) request,
              (io.grpc.stub.StreamObserver<kith.social.v1.Social.GetLeaderboardResponse>) responseObserver);
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

  private static abstract class SocialServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SocialServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.social.v1.Social.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SocialService");
    }
  }

  private static final class SocialServiceFileDescriptorSupplier
      extends SocialServiceBaseDescriptorSupplier {
    SocialServiceFileDescriptorSupplier() {}
  }

  private static final class SocialServiceMethodDescriptorSupplier
      extends SocialServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    SocialServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (SocialServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SocialServiceFileDescriptorSupplier())
              .addMethod(getSendFriendRequestMethod())
              .addMethod(getRespondToFriendRequestMethod())
              .addMethod(getListFriendsMethod())
              .addMethod(getGetFriendMethod())
              .addMethod(getRemoveFriendMethod())
              .addMethod(getBlockMethod())
              .addMethod(getUnblockMethod())
              .addMethod(getListBlockedMethod())
              .addMethod(getStartVisitMethod())
              .addMethod(getEndVisitMethod())
              .addMethod(getListVisitsMethod())
              .addMethod(getGetVisitMethod())
              .addMethod(getCreateChallengeMethod())
              .addMethod(getGetChallengeMethod())
              .addMethod(getListChallengesMethod())
              .addMethod(getJoinChallengeMethod())
              .addMethod(getLeaveChallengeMethod())
              .addMethod(getGetLeaderboardMethod())
              .build();
        }
      }
    }
    return result;
  }
}
