package kith.coaching.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Mentors look after a group of members with an AI co-pilot that reads
 * their members' data. A member has at most one mentor: linked by an admin,
 * or by an invitation the member accepts. A mentor sees only their own
 * members (anyone else is NOT_FOUND) and only the journal entries a member
 * shared; every AI answer about a member is stored, with the exact context
 * it was given, as an append-only interaction.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/coaching/v1/coaching.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class MentorServiceGrpc {

  private MentorServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.coaching.v1.MentorService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListMembersRequest,
      kith.coaching.v1.Coaching.ListMembersResponse> getListMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMembers",
      requestType = kith.coaching.v1.Coaching.ListMembersRequest.class,
      responseType = kith.coaching.v1.Coaching.ListMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListMembersRequest,
      kith.coaching.v1.Coaching.ListMembersResponse> getListMembersMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListMembersRequest, kith.coaching.v1.Coaching.ListMembersResponse> getListMembersMethod;
    if ((getListMembersMethod = MentorServiceGrpc.getListMembersMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getListMembersMethod = MentorServiceGrpc.getListMembersMethod) == null) {
          MentorServiceGrpc.getListMembersMethod = getListMembersMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListMembersRequest, kith.coaching.v1.Coaching.ListMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("ListMembers"))
              .build();
        }
      }
    }
    return getListMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetMemberDashboardRequest,
      kith.coaching.v1.Coaching.GetMemberDashboardResponse> getGetMemberDashboardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMemberDashboard",
      requestType = kith.coaching.v1.Coaching.GetMemberDashboardRequest.class,
      responseType = kith.coaching.v1.Coaching.GetMemberDashboardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetMemberDashboardRequest,
      kith.coaching.v1.Coaching.GetMemberDashboardResponse> getGetMemberDashboardMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.GetMemberDashboardRequest, kith.coaching.v1.Coaching.GetMemberDashboardResponse> getGetMemberDashboardMethod;
    if ((getGetMemberDashboardMethod = MentorServiceGrpc.getGetMemberDashboardMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getGetMemberDashboardMethod = MentorServiceGrpc.getGetMemberDashboardMethod) == null) {
          MentorServiceGrpc.getGetMemberDashboardMethod = getGetMemberDashboardMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.GetMemberDashboardRequest, kith.coaching.v1.Coaching.GetMemberDashboardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMemberDashboard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetMemberDashboardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.GetMemberDashboardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("GetMemberDashboard"))
              .build();
        }
      }
    }
    return getGetMemberDashboardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AskAboutMemberRequest,
      kith.coaching.v1.Coaching.AskAboutMemberResponse> getAskAboutMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AskAboutMember",
      requestType = kith.coaching.v1.Coaching.AskAboutMemberRequest.class,
      responseType = kith.coaching.v1.Coaching.AskAboutMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AskAboutMemberRequest,
      kith.coaching.v1.Coaching.AskAboutMemberResponse> getAskAboutMemberMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AskAboutMemberRequest, kith.coaching.v1.Coaching.AskAboutMemberResponse> getAskAboutMemberMethod;
    if ((getAskAboutMemberMethod = MentorServiceGrpc.getAskAboutMemberMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getAskAboutMemberMethod = MentorServiceGrpc.getAskAboutMemberMethod) == null) {
          MentorServiceGrpc.getAskAboutMemberMethod = getAskAboutMemberMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.AskAboutMemberRequest, kith.coaching.v1.Coaching.AskAboutMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AskAboutMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.AskAboutMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.AskAboutMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("AskAboutMember"))
              .build();
        }
      }
    }
    return getAskAboutMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListInteractionsRequest,
      kith.coaching.v1.Coaching.ListInteractionsResponse> getListInteractionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListInteractions",
      requestType = kith.coaching.v1.Coaching.ListInteractionsRequest.class,
      responseType = kith.coaching.v1.Coaching.ListInteractionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListInteractionsRequest,
      kith.coaching.v1.Coaching.ListInteractionsResponse> getListInteractionsMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListInteractionsRequest, kith.coaching.v1.Coaching.ListInteractionsResponse> getListInteractionsMethod;
    if ((getListInteractionsMethod = MentorServiceGrpc.getListInteractionsMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getListInteractionsMethod = MentorServiceGrpc.getListInteractionsMethod) == null) {
          MentorServiceGrpc.getListInteractionsMethod = getListInteractionsMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListInteractionsRequest, kith.coaching.v1.Coaching.ListInteractionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListInteractions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListInteractionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListInteractionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("ListInteractions"))
              .build();
        }
      }
    }
    return getListInteractionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.InviteMemberRequest,
      kith.coaching.v1.Coaching.InviteMemberResponse> getInviteMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "InviteMember",
      requestType = kith.coaching.v1.Coaching.InviteMemberRequest.class,
      responseType = kith.coaching.v1.Coaching.InviteMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.InviteMemberRequest,
      kith.coaching.v1.Coaching.InviteMemberResponse> getInviteMemberMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.InviteMemberRequest, kith.coaching.v1.Coaching.InviteMemberResponse> getInviteMemberMethod;
    if ((getInviteMemberMethod = MentorServiceGrpc.getInviteMemberMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getInviteMemberMethod = MentorServiceGrpc.getInviteMemberMethod) == null) {
          MentorServiceGrpc.getInviteMemberMethod = getInviteMemberMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.InviteMemberRequest, kith.coaching.v1.Coaching.InviteMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "InviteMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.InviteMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.InviteMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("InviteMember"))
              .build();
        }
      }
    }
    return getInviteMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListMentorInvitesRequest,
      kith.coaching.v1.Coaching.ListMentorInvitesResponse> getListMentorInvitesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMentorInvites",
      requestType = kith.coaching.v1.Coaching.ListMentorInvitesRequest.class,
      responseType = kith.coaching.v1.Coaching.ListMentorInvitesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListMentorInvitesRequest,
      kith.coaching.v1.Coaching.ListMentorInvitesResponse> getListMentorInvitesMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.ListMentorInvitesRequest, kith.coaching.v1.Coaching.ListMentorInvitesResponse> getListMentorInvitesMethod;
    if ((getListMentorInvitesMethod = MentorServiceGrpc.getListMentorInvitesMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getListMentorInvitesMethod = MentorServiceGrpc.getListMentorInvitesMethod) == null) {
          MentorServiceGrpc.getListMentorInvitesMethod = getListMentorInvitesMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.ListMentorInvitesRequest, kith.coaching.v1.Coaching.ListMentorInvitesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMentorInvites"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListMentorInvitesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.ListMentorInvitesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("ListMentorInvites"))
              .build();
        }
      }
    }
    return getListMentorInvitesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AcceptMentorInviteRequest,
      kith.coaching.v1.Coaching.AcceptMentorInviteResponse> getAcceptMentorInviteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AcceptMentorInvite",
      requestType = kith.coaching.v1.Coaching.AcceptMentorInviteRequest.class,
      responseType = kith.coaching.v1.Coaching.AcceptMentorInviteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AcceptMentorInviteRequest,
      kith.coaching.v1.Coaching.AcceptMentorInviteResponse> getAcceptMentorInviteMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.AcceptMentorInviteRequest, kith.coaching.v1.Coaching.AcceptMentorInviteResponse> getAcceptMentorInviteMethod;
    if ((getAcceptMentorInviteMethod = MentorServiceGrpc.getAcceptMentorInviteMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getAcceptMentorInviteMethod = MentorServiceGrpc.getAcceptMentorInviteMethod) == null) {
          MentorServiceGrpc.getAcceptMentorInviteMethod = getAcceptMentorInviteMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.AcceptMentorInviteRequest, kith.coaching.v1.Coaching.AcceptMentorInviteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AcceptMentorInvite"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.AcceptMentorInviteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.AcceptMentorInviteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("AcceptMentorInvite"))
              .build();
        }
      }
    }
    return getAcceptMentorInviteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.LinkMentorRequest,
      kith.coaching.v1.Coaching.LinkMentorResponse> getLinkMentorMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LinkMentor",
      requestType = kith.coaching.v1.Coaching.LinkMentorRequest.class,
      responseType = kith.coaching.v1.Coaching.LinkMentorResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.LinkMentorRequest,
      kith.coaching.v1.Coaching.LinkMentorResponse> getLinkMentorMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.LinkMentorRequest, kith.coaching.v1.Coaching.LinkMentorResponse> getLinkMentorMethod;
    if ((getLinkMentorMethod = MentorServiceGrpc.getLinkMentorMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getLinkMentorMethod = MentorServiceGrpc.getLinkMentorMethod) == null) {
          MentorServiceGrpc.getLinkMentorMethod = getLinkMentorMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.LinkMentorRequest, kith.coaching.v1.Coaching.LinkMentorResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LinkMentor"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.LinkMentorRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.LinkMentorResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("LinkMentor"))
              .build();
        }
      }
    }
    return getLinkMentorMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UnlinkMentorRequest,
      kith.coaching.v1.Coaching.UnlinkMentorResponse> getUnlinkMentorMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnlinkMentor",
      requestType = kith.coaching.v1.Coaching.UnlinkMentorRequest.class,
      responseType = kith.coaching.v1.Coaching.UnlinkMentorResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UnlinkMentorRequest,
      kith.coaching.v1.Coaching.UnlinkMentorResponse> getUnlinkMentorMethod() {
    io.grpc.MethodDescriptor<kith.coaching.v1.Coaching.UnlinkMentorRequest, kith.coaching.v1.Coaching.UnlinkMentorResponse> getUnlinkMentorMethod;
    if ((getUnlinkMentorMethod = MentorServiceGrpc.getUnlinkMentorMethod) == null) {
      synchronized (MentorServiceGrpc.class) {
        if ((getUnlinkMentorMethod = MentorServiceGrpc.getUnlinkMentorMethod) == null) {
          MentorServiceGrpc.getUnlinkMentorMethod = getUnlinkMentorMethod =
              io.grpc.MethodDescriptor.<kith.coaching.v1.Coaching.UnlinkMentorRequest, kith.coaching.v1.Coaching.UnlinkMentorResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnlinkMentor"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UnlinkMentorRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.coaching.v1.Coaching.UnlinkMentorResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MentorServiceMethodDescriptorSupplier("UnlinkMentor"))
              .build();
        }
      }
    }
    return getUnlinkMentorMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MentorServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MentorServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MentorServiceStub>() {
        @java.lang.Override
        public MentorServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MentorServiceStub(channel, callOptions);
        }
      };
    return MentorServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MentorServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MentorServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MentorServiceBlockingStub>() {
        @java.lang.Override
        public MentorServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MentorServiceBlockingStub(channel, callOptions);
        }
      };
    return MentorServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MentorServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MentorServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MentorServiceFutureStub>() {
        @java.lang.Override
        public MentorServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MentorServiceFutureStub(channel, callOptions);
        }
      };
    return MentorServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Mentors look after a group of members with an AI co-pilot that reads
   * their members' data. A member has at most one mentor: linked by an admin,
   * or by an invitation the member accepts. A mentor sees only their own
   * members (anyone else is NOT_FOUND) and only the journal entries a member
   * shared; every AI answer about a member is stored, with the exact context
   * it was given, as an append-only interaction.
   * </pre>
   */
  public static abstract class MentorServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Mentors: their members.
     * </pre>
     */
    public void listMembers(kith.coaching.v1.Coaching.ListMembersRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Mentors: one member's goals, adherence, risk and shared journal entries.
     * </pre>
     */
    public void getMemberDashboard(kith.coaching.v1.Coaching.GetMemberDashboardRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetMemberDashboardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMemberDashboardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Mentors: an AI answer about one member, streamed as it is written,
     * grounded only in that member's goals, check-ins, metrics and shared
     * journal entries. The last message is the stored interaction; the answer
     * is stored even when the caller leaves before it ends.
     * </pre>
     */
    public void askAboutMember(kith.coaching.v1.Coaching.AskAboutMemberRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AskAboutMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAskAboutMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Mentors: the interactions about their members, newest first (admins:
     * any mentor's, with mentor_id).
     * </pre>
     */
    public void listInteractions(kith.coaching.v1.Coaching.ListInteractionsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListInteractionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListInteractionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Mentors: invites a member by email. The answer is the same whether or
     * not the address has an account, so it tells nothing about who uses Kith.
     * </pre>
     */
    public void inviteMember(kith.coaching.v1.Coaching.InviteMemberRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.InviteMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInviteMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Members: the invitations addressed to the caller that are still open.
     * </pre>
     */
    public void listMentorInvites(kith.coaching.v1.Coaching.ListMentorInvitesRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListMentorInvitesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMentorInvitesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Members: accepts an invitation; the inviting mentor becomes the
     * caller's mentor (replacing any other).
     * </pre>
     */
    public void acceptMentorInvite(kith.coaching.v1.Coaching.AcceptMentorInviteRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AcceptMentorInviteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAcceptMentorInviteMethod(), responseObserver);
    }

    /**
     * <pre>
     * Admins: links a mentor and a member directly (replacing the member's
     * mentor).
     * </pre>
     */
    public void linkMentor(kith.coaching.v1.Coaching.LinkMentorRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.LinkMentorResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLinkMentorMethod(), responseObserver);
    }

    /**
     * <pre>
     * A member leaves their mentor (member_id empty), a mentor lets a member
     * go, or an admin unlinks anyone.
     * </pre>
     */
    public void unlinkMentor(kith.coaching.v1.Coaching.UnlinkMentorRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UnlinkMentorResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnlinkMentorMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListMembersMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListMembersRequest,
                kith.coaching.v1.Coaching.ListMembersResponse>(
                  this, METHODID_LIST_MEMBERS)))
          .addMethod(
            getGetMemberDashboardMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.GetMemberDashboardRequest,
                kith.coaching.v1.Coaching.GetMemberDashboardResponse>(
                  this, METHODID_GET_MEMBER_DASHBOARD)))
          .addMethod(
            getAskAboutMemberMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.AskAboutMemberRequest,
                kith.coaching.v1.Coaching.AskAboutMemberResponse>(
                  this, METHODID_ASK_ABOUT_MEMBER)))
          .addMethod(
            getListInteractionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListInteractionsRequest,
                kith.coaching.v1.Coaching.ListInteractionsResponse>(
                  this, METHODID_LIST_INTERACTIONS)))
          .addMethod(
            getInviteMemberMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.InviteMemberRequest,
                kith.coaching.v1.Coaching.InviteMemberResponse>(
                  this, METHODID_INVITE_MEMBER)))
          .addMethod(
            getListMentorInvitesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.ListMentorInvitesRequest,
                kith.coaching.v1.Coaching.ListMentorInvitesResponse>(
                  this, METHODID_LIST_MENTOR_INVITES)))
          .addMethod(
            getAcceptMentorInviteMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.AcceptMentorInviteRequest,
                kith.coaching.v1.Coaching.AcceptMentorInviteResponse>(
                  this, METHODID_ACCEPT_MENTOR_INVITE)))
          .addMethod(
            getLinkMentorMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.LinkMentorRequest,
                kith.coaching.v1.Coaching.LinkMentorResponse>(
                  this, METHODID_LINK_MENTOR)))
          .addMethod(
            getUnlinkMentorMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.coaching.v1.Coaching.UnlinkMentorRequest,
                kith.coaching.v1.Coaching.UnlinkMentorResponse>(
                  this, METHODID_UNLINK_MENTOR)))
          .build();
    }
  }

  /**
   * <pre>
   * Mentors look after a group of members with an AI co-pilot that reads
   * their members' data. A member has at most one mentor: linked by an admin,
   * or by an invitation the member accepts. A mentor sees only their own
   * members (anyone else is NOT_FOUND) and only the journal entries a member
   * shared; every AI answer about a member is stored, with the exact context
   * it was given, as an append-only interaction.
   * </pre>
   */
  public static final class MentorServiceStub extends io.grpc.stub.AbstractAsyncStub<MentorServiceStub> {
    private MentorServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MentorServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MentorServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Mentors: their members.
     * </pre>
     */
    public void listMembers(kith.coaching.v1.Coaching.ListMembersRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Mentors: one member's goals, adherence, risk and shared journal entries.
     * </pre>
     */
    public void getMemberDashboard(kith.coaching.v1.Coaching.GetMemberDashboardRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetMemberDashboardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMemberDashboardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Mentors: an AI answer about one member, streamed as it is written,
     * grounded only in that member's goals, check-ins, metrics and shared
     * journal entries. The last message is the stored interaction; the answer
     * is stored even when the caller leaves before it ends.
     * </pre>
     */
    public void askAboutMember(kith.coaching.v1.Coaching.AskAboutMemberRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AskAboutMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getAskAboutMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Mentors: the interactions about their members, newest first (admins:
     * any mentor's, with mentor_id).
     * </pre>
     */
    public void listInteractions(kith.coaching.v1.Coaching.ListInteractionsRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListInteractionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListInteractionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Mentors: invites a member by email. The answer is the same whether or
     * not the address has an account, so it tells nothing about who uses Kith.
     * </pre>
     */
    public void inviteMember(kith.coaching.v1.Coaching.InviteMemberRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.InviteMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInviteMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Members: the invitations addressed to the caller that are still open.
     * </pre>
     */
    public void listMentorInvites(kith.coaching.v1.Coaching.ListMentorInvitesRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListMentorInvitesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMentorInvitesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Members: accepts an invitation; the inviting mentor becomes the
     * caller's mentor (replacing any other).
     * </pre>
     */
    public void acceptMentorInvite(kith.coaching.v1.Coaching.AcceptMentorInviteRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AcceptMentorInviteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAcceptMentorInviteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Admins: links a mentor and a member directly (replacing the member's
     * mentor).
     * </pre>
     */
    public void linkMentor(kith.coaching.v1.Coaching.LinkMentorRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.LinkMentorResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLinkMentorMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A member leaves their mentor (member_id empty), a mentor lets a member
     * go, or an admin unlinks anyone.
     * </pre>
     */
    public void unlinkMentor(kith.coaching.v1.Coaching.UnlinkMentorRequest request,
        io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UnlinkMentorResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnlinkMentorMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Mentors look after a group of members with an AI co-pilot that reads
   * their members' data. A member has at most one mentor: linked by an admin,
   * or by an invitation the member accepts. A mentor sees only their own
   * members (anyone else is NOT_FOUND) and only the journal entries a member
   * shared; every AI answer about a member is stored, with the exact context
   * it was given, as an append-only interaction.
   * </pre>
   */
  public static final class MentorServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<MentorServiceBlockingStub> {
    private MentorServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MentorServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MentorServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Mentors: their members.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListMembersResponse listMembers(kith.coaching.v1.Coaching.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Mentors: one member's goals, adherence, risk and shared journal entries.
     * </pre>
     */
    public kith.coaching.v1.Coaching.GetMemberDashboardResponse getMemberDashboard(kith.coaching.v1.Coaching.GetMemberDashboardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMemberDashboardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Mentors: an AI answer about one member, streamed as it is written,
     * grounded only in that member's goals, check-ins, metrics and shared
     * journal entries. The last message is the stored interaction; the answer
     * is stored even when the caller leaves before it ends.
     * </pre>
     */
    public java.util.Iterator<kith.coaching.v1.Coaching.AskAboutMemberResponse> askAboutMember(
        kith.coaching.v1.Coaching.AskAboutMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getAskAboutMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Mentors: the interactions about their members, newest first (admins:
     * any mentor's, with mentor_id).
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListInteractionsResponse listInteractions(kith.coaching.v1.Coaching.ListInteractionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListInteractionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Mentors: invites a member by email. The answer is the same whether or
     * not the address has an account, so it tells nothing about who uses Kith.
     * </pre>
     */
    public kith.coaching.v1.Coaching.InviteMemberResponse inviteMember(kith.coaching.v1.Coaching.InviteMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInviteMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Members: the invitations addressed to the caller that are still open.
     * </pre>
     */
    public kith.coaching.v1.Coaching.ListMentorInvitesResponse listMentorInvites(kith.coaching.v1.Coaching.ListMentorInvitesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMentorInvitesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Members: accepts an invitation; the inviting mentor becomes the
     * caller's mentor (replacing any other).
     * </pre>
     */
    public kith.coaching.v1.Coaching.AcceptMentorInviteResponse acceptMentorInvite(kith.coaching.v1.Coaching.AcceptMentorInviteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAcceptMentorInviteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Admins: links a mentor and a member directly (replacing the member's
     * mentor).
     * </pre>
     */
    public kith.coaching.v1.Coaching.LinkMentorResponse linkMentor(kith.coaching.v1.Coaching.LinkMentorRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLinkMentorMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A member leaves their mentor (member_id empty), a mentor lets a member
     * go, or an admin unlinks anyone.
     * </pre>
     */
    public kith.coaching.v1.Coaching.UnlinkMentorResponse unlinkMentor(kith.coaching.v1.Coaching.UnlinkMentorRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnlinkMentorMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Mentors look after a group of members with an AI co-pilot that reads
   * their members' data. A member has at most one mentor: linked by an admin,
   * or by an invitation the member accepts. A mentor sees only their own
   * members (anyone else is NOT_FOUND) and only the journal entries a member
   * shared; every AI answer about a member is stored, with the exact context
   * it was given, as an append-only interaction.
   * </pre>
   */
  public static final class MentorServiceFutureStub extends io.grpc.stub.AbstractFutureStub<MentorServiceFutureStub> {
    private MentorServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MentorServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MentorServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Mentors: their members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListMembersResponse> listMembers(
        kith.coaching.v1.Coaching.ListMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Mentors: one member's goals, adherence, risk and shared journal entries.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.GetMemberDashboardResponse> getMemberDashboard(
        kith.coaching.v1.Coaching.GetMemberDashboardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMemberDashboardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Mentors: the interactions about their members, newest first (admins:
     * any mentor's, with mentor_id).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListInteractionsResponse> listInteractions(
        kith.coaching.v1.Coaching.ListInteractionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListInteractionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Mentors: invites a member by email. The answer is the same whether or
     * not the address has an account, so it tells nothing about who uses Kith.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.InviteMemberResponse> inviteMember(
        kith.coaching.v1.Coaching.InviteMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInviteMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Members: the invitations addressed to the caller that are still open.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.ListMentorInvitesResponse> listMentorInvites(
        kith.coaching.v1.Coaching.ListMentorInvitesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMentorInvitesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Members: accepts an invitation; the inviting mentor becomes the
     * caller's mentor (replacing any other).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.AcceptMentorInviteResponse> acceptMentorInvite(
        kith.coaching.v1.Coaching.AcceptMentorInviteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAcceptMentorInviteMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Admins: links a mentor and a member directly (replacing the member's
     * mentor).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.LinkMentorResponse> linkMentor(
        kith.coaching.v1.Coaching.LinkMentorRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLinkMentorMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A member leaves their mentor (member_id empty), a mentor lets a member
     * go, or an admin unlinks anyone.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.coaching.v1.Coaching.UnlinkMentorResponse> unlinkMentor(
        kith.coaching.v1.Coaching.UnlinkMentorRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnlinkMentorMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_MEMBERS = 0;
  private static final int METHODID_GET_MEMBER_DASHBOARD = 1;
  private static final int METHODID_ASK_ABOUT_MEMBER = 2;
  private static final int METHODID_LIST_INTERACTIONS = 3;
  private static final int METHODID_INVITE_MEMBER = 4;
  private static final int METHODID_LIST_MENTOR_INVITES = 5;
  private static final int METHODID_ACCEPT_MENTOR_INVITE = 6;
  private static final int METHODID_LINK_MENTOR = 7;
  private static final int METHODID_UNLINK_MENTOR = 8;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final MentorServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(MentorServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_MEMBERS:
          serviceImpl.listMembers((kith.coaching.v1.Coaching.ListMembersRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListMembersResponse>) responseObserver);
          break;
        case METHODID_GET_MEMBER_DASHBOARD:
          serviceImpl.getMemberDashboard((kith.coaching.v1.Coaching.GetMemberDashboardRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.GetMemberDashboardResponse>) responseObserver);
          break;
        case METHODID_ASK_ABOUT_MEMBER:
          serviceImpl.askAboutMember((kith.coaching.v1.Coaching.AskAboutMemberRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AskAboutMemberResponse>) responseObserver);
          break;
        case METHODID_LIST_INTERACTIONS:
          serviceImpl.listInteractions((kith.coaching.v1.Coaching.ListInteractionsRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListInteractionsResponse>) responseObserver);
          break;
        case METHODID_INVITE_MEMBER:
          serviceImpl.inviteMember((kith.coaching.v1.Coaching.InviteMemberRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.InviteMemberResponse>) responseObserver);
          break;
        case METHODID_LIST_MENTOR_INVITES:
          serviceImpl.listMentorInvites((kith.coaching.v1.Coaching.ListMentorInvitesRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.ListMentorInvitesResponse>) responseObserver);
          break;
        case METHODID_ACCEPT_MENTOR_INVITE:
          serviceImpl.acceptMentorInvite((kith.coaching.v1.Coaching.AcceptMentorInviteRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.AcceptMentorInviteResponse>) responseObserver);
          break;
        case METHODID_LINK_MENTOR:
          serviceImpl.linkMentor((kith.coaching.v1.Coaching.LinkMentorRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.LinkMentorResponse>) responseObserver);
          break;
        case METHODID_UNLINK_MENTOR:
          serviceImpl.unlinkMentor((kith.coaching.v1.Coaching.UnlinkMentorRequest) request,
              (io.grpc.stub.StreamObserver<kith.coaching.v1.Coaching.UnlinkMentorResponse>) responseObserver);
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

  private static abstract class MentorServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MentorServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.coaching.v1.Coaching.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MentorService");
    }
  }

  private static final class MentorServiceFileDescriptorSupplier
      extends MentorServiceBaseDescriptorSupplier {
    MentorServiceFileDescriptorSupplier() {}
  }

  private static final class MentorServiceMethodDescriptorSupplier
      extends MentorServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    MentorServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (MentorServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MentorServiceFileDescriptorSupplier())
              .addMethod(getListMembersMethod())
              .addMethod(getGetMemberDashboardMethod())
              .addMethod(getAskAboutMemberMethod())
              .addMethod(getListInteractionsMethod())
              .addMethod(getInviteMemberMethod())
              .addMethod(getListMentorInvitesMethod())
              .addMethod(getAcceptMentorInviteMethod())
              .addMethod(getLinkMentorMethod())
              .addMethod(getUnlinkMentorMethod())
              .build();
        }
      }
    }
    return result;
  }
}
