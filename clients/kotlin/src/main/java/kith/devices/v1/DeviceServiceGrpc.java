package kith.devices.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The caller's devices, each a character with a personality. Every method
 * sees only the caller's own devices: another user's id is NOT_FOUND.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/devices/v1/devices.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class DeviceServiceGrpc {

  private DeviceServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.devices.v1.DeviceService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.CreateDeviceRequest,
      kith.devices.v1.Devices.CreateDeviceResponse> getCreateDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateDevice",
      requestType = kith.devices.v1.Devices.CreateDeviceRequest.class,
      responseType = kith.devices.v1.Devices.CreateDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.CreateDeviceRequest,
      kith.devices.v1.Devices.CreateDeviceResponse> getCreateDeviceMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.CreateDeviceRequest, kith.devices.v1.Devices.CreateDeviceResponse> getCreateDeviceMethod;
    if ((getCreateDeviceMethod = DeviceServiceGrpc.getCreateDeviceMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getCreateDeviceMethod = DeviceServiceGrpc.getCreateDeviceMethod) == null) {
          DeviceServiceGrpc.getCreateDeviceMethod = getCreateDeviceMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.CreateDeviceRequest, kith.devices.v1.Devices.CreateDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.CreateDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.CreateDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("CreateDevice"))
              .build();
        }
      }
    }
    return getCreateDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.GetDeviceRequest,
      kith.devices.v1.Devices.GetDeviceResponse> getGetDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDevice",
      requestType = kith.devices.v1.Devices.GetDeviceRequest.class,
      responseType = kith.devices.v1.Devices.GetDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.GetDeviceRequest,
      kith.devices.v1.Devices.GetDeviceResponse> getGetDeviceMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.GetDeviceRequest, kith.devices.v1.Devices.GetDeviceResponse> getGetDeviceMethod;
    if ((getGetDeviceMethod = DeviceServiceGrpc.getGetDeviceMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getGetDeviceMethod = DeviceServiceGrpc.getGetDeviceMethod) == null) {
          DeviceServiceGrpc.getGetDeviceMethod = getGetDeviceMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.GetDeviceRequest, kith.devices.v1.Devices.GetDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.GetDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.GetDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("GetDevice"))
              .build();
        }
      }
    }
    return getGetDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.ListDevicesRequest,
      kith.devices.v1.Devices.ListDevicesResponse> getListDevicesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDevices",
      requestType = kith.devices.v1.Devices.ListDevicesRequest.class,
      responseType = kith.devices.v1.Devices.ListDevicesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.ListDevicesRequest,
      kith.devices.v1.Devices.ListDevicesResponse> getListDevicesMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.ListDevicesRequest, kith.devices.v1.Devices.ListDevicesResponse> getListDevicesMethod;
    if ((getListDevicesMethod = DeviceServiceGrpc.getListDevicesMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getListDevicesMethod = DeviceServiceGrpc.getListDevicesMethod) == null) {
          DeviceServiceGrpc.getListDevicesMethod = getListDevicesMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.ListDevicesRequest, kith.devices.v1.Devices.ListDevicesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDevices"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.ListDevicesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.ListDevicesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("ListDevices"))
              .build();
        }
      }
    }
    return getListDevicesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.UpdateDeviceRequest,
      kith.devices.v1.Devices.UpdateDeviceResponse> getUpdateDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateDevice",
      requestType = kith.devices.v1.Devices.UpdateDeviceRequest.class,
      responseType = kith.devices.v1.Devices.UpdateDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.UpdateDeviceRequest,
      kith.devices.v1.Devices.UpdateDeviceResponse> getUpdateDeviceMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.UpdateDeviceRequest, kith.devices.v1.Devices.UpdateDeviceResponse> getUpdateDeviceMethod;
    if ((getUpdateDeviceMethod = DeviceServiceGrpc.getUpdateDeviceMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getUpdateDeviceMethod = DeviceServiceGrpc.getUpdateDeviceMethod) == null) {
          DeviceServiceGrpc.getUpdateDeviceMethod = getUpdateDeviceMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.UpdateDeviceRequest, kith.devices.v1.Devices.UpdateDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.UpdateDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.UpdateDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("UpdateDevice"))
              .build();
        }
      }
    }
    return getUpdateDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.DeleteDeviceRequest,
      kith.devices.v1.Devices.DeleteDeviceResponse> getDeleteDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteDevice",
      requestType = kith.devices.v1.Devices.DeleteDeviceRequest.class,
      responseType = kith.devices.v1.Devices.DeleteDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.DeleteDeviceRequest,
      kith.devices.v1.Devices.DeleteDeviceResponse> getDeleteDeviceMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.DeleteDeviceRequest, kith.devices.v1.Devices.DeleteDeviceResponse> getDeleteDeviceMethod;
    if ((getDeleteDeviceMethod = DeviceServiceGrpc.getDeleteDeviceMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getDeleteDeviceMethod = DeviceServiceGrpc.getDeleteDeviceMethod) == null) {
          DeviceServiceGrpc.getDeleteDeviceMethod = getDeleteDeviceMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.DeleteDeviceRequest, kith.devices.v1.Devices.DeleteDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.DeleteDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.DeleteDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("DeleteDevice"))
              .build();
        }
      }
    }
    return getDeleteDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.SetPrimaryDeviceRequest,
      kith.devices.v1.Devices.SetPrimaryDeviceResponse> getSetPrimaryDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetPrimaryDevice",
      requestType = kith.devices.v1.Devices.SetPrimaryDeviceRequest.class,
      responseType = kith.devices.v1.Devices.SetPrimaryDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.SetPrimaryDeviceRequest,
      kith.devices.v1.Devices.SetPrimaryDeviceResponse> getSetPrimaryDeviceMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.SetPrimaryDeviceRequest, kith.devices.v1.Devices.SetPrimaryDeviceResponse> getSetPrimaryDeviceMethod;
    if ((getSetPrimaryDeviceMethod = DeviceServiceGrpc.getSetPrimaryDeviceMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getSetPrimaryDeviceMethod = DeviceServiceGrpc.getSetPrimaryDeviceMethod) == null) {
          DeviceServiceGrpc.getSetPrimaryDeviceMethod = getSetPrimaryDeviceMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.SetPrimaryDeviceRequest, kith.devices.v1.Devices.SetPrimaryDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetPrimaryDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.SetPrimaryDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.SetPrimaryDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("SetPrimaryDevice"))
              .build();
        }
      }
    }
    return getSetPrimaryDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.SyncDeviceRequest,
      kith.devices.v1.Devices.SyncDeviceResponse> getSyncDeviceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SyncDevice",
      requestType = kith.devices.v1.Devices.SyncDeviceRequest.class,
      responseType = kith.devices.v1.Devices.SyncDeviceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.SyncDeviceRequest,
      kith.devices.v1.Devices.SyncDeviceResponse> getSyncDeviceMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.SyncDeviceRequest, kith.devices.v1.Devices.SyncDeviceResponse> getSyncDeviceMethod;
    if ((getSyncDeviceMethod = DeviceServiceGrpc.getSyncDeviceMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getSyncDeviceMethod = DeviceServiceGrpc.getSyncDeviceMethod) == null) {
          DeviceServiceGrpc.getSyncDeviceMethod = getSyncDeviceMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.SyncDeviceRequest, kith.devices.v1.Devices.SyncDeviceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SyncDevice"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.SyncDeviceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.SyncDeviceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("SyncDevice"))
              .build();
        }
      }
    }
    return getSyncDeviceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.CreateDeviceRelationshipRequest,
      kith.devices.v1.Devices.CreateDeviceRelationshipResponse> getCreateDeviceRelationshipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateDeviceRelationship",
      requestType = kith.devices.v1.Devices.CreateDeviceRelationshipRequest.class,
      responseType = kith.devices.v1.Devices.CreateDeviceRelationshipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.CreateDeviceRelationshipRequest,
      kith.devices.v1.Devices.CreateDeviceRelationshipResponse> getCreateDeviceRelationshipMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.CreateDeviceRelationshipRequest, kith.devices.v1.Devices.CreateDeviceRelationshipResponse> getCreateDeviceRelationshipMethod;
    if ((getCreateDeviceRelationshipMethod = DeviceServiceGrpc.getCreateDeviceRelationshipMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getCreateDeviceRelationshipMethod = DeviceServiceGrpc.getCreateDeviceRelationshipMethod) == null) {
          DeviceServiceGrpc.getCreateDeviceRelationshipMethod = getCreateDeviceRelationshipMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.CreateDeviceRelationshipRequest, kith.devices.v1.Devices.CreateDeviceRelationshipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateDeviceRelationship"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.CreateDeviceRelationshipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.CreateDeviceRelationshipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("CreateDeviceRelationship"))
              .build();
        }
      }
    }
    return getCreateDeviceRelationshipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.ListDeviceRelationshipsRequest,
      kith.devices.v1.Devices.ListDeviceRelationshipsResponse> getListDeviceRelationshipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDeviceRelationships",
      requestType = kith.devices.v1.Devices.ListDeviceRelationshipsRequest.class,
      responseType = kith.devices.v1.Devices.ListDeviceRelationshipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.ListDeviceRelationshipsRequest,
      kith.devices.v1.Devices.ListDeviceRelationshipsResponse> getListDeviceRelationshipsMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.ListDeviceRelationshipsRequest, kith.devices.v1.Devices.ListDeviceRelationshipsResponse> getListDeviceRelationshipsMethod;
    if ((getListDeviceRelationshipsMethod = DeviceServiceGrpc.getListDeviceRelationshipsMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getListDeviceRelationshipsMethod = DeviceServiceGrpc.getListDeviceRelationshipsMethod) == null) {
          DeviceServiceGrpc.getListDeviceRelationshipsMethod = getListDeviceRelationshipsMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.ListDeviceRelationshipsRequest, kith.devices.v1.Devices.ListDeviceRelationshipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDeviceRelationships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.ListDeviceRelationshipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.ListDeviceRelationshipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("ListDeviceRelationships"))
              .build();
        }
      }
    }
    return getListDeviceRelationshipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.devices.v1.Devices.DeleteDeviceRelationshipRequest,
      kith.devices.v1.Devices.DeleteDeviceRelationshipResponse> getDeleteDeviceRelationshipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteDeviceRelationship",
      requestType = kith.devices.v1.Devices.DeleteDeviceRelationshipRequest.class,
      responseType = kith.devices.v1.Devices.DeleteDeviceRelationshipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.devices.v1.Devices.DeleteDeviceRelationshipRequest,
      kith.devices.v1.Devices.DeleteDeviceRelationshipResponse> getDeleteDeviceRelationshipMethod() {
    io.grpc.MethodDescriptor<kith.devices.v1.Devices.DeleteDeviceRelationshipRequest, kith.devices.v1.Devices.DeleteDeviceRelationshipResponse> getDeleteDeviceRelationshipMethod;
    if ((getDeleteDeviceRelationshipMethod = DeviceServiceGrpc.getDeleteDeviceRelationshipMethod) == null) {
      synchronized (DeviceServiceGrpc.class) {
        if ((getDeleteDeviceRelationshipMethod = DeviceServiceGrpc.getDeleteDeviceRelationshipMethod) == null) {
          DeviceServiceGrpc.getDeleteDeviceRelationshipMethod = getDeleteDeviceRelationshipMethod =
              io.grpc.MethodDescriptor.<kith.devices.v1.Devices.DeleteDeviceRelationshipRequest, kith.devices.v1.Devices.DeleteDeviceRelationshipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteDeviceRelationship"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.DeleteDeviceRelationshipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.devices.v1.Devices.DeleteDeviceRelationshipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DeviceServiceMethodDescriptorSupplier("DeleteDeviceRelationship"))
              .build();
        }
      }
    }
    return getDeleteDeviceRelationshipMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DeviceServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DeviceServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DeviceServiceStub>() {
        @java.lang.Override
        public DeviceServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DeviceServiceStub(channel, callOptions);
        }
      };
    return DeviceServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DeviceServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DeviceServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DeviceServiceBlockingStub>() {
        @java.lang.Override
        public DeviceServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DeviceServiceBlockingStub(channel, callOptions);
        }
      };
    return DeviceServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DeviceServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DeviceServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DeviceServiceFutureStub>() {
        @java.lang.Override
        public DeviceServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DeviceServiceFutureStub(channel, callOptions);
        }
      };
    return DeviceServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The caller's devices, each a character with a personality. Every method
   * sees only the caller's own devices: another user's id is NOT_FOUND.
   * </pre>
   */
  public static abstract class DeviceServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * At most one device is primary: creating one as primary (or SetPrimaryDevice)
     * unsets the previous primary device in the same transaction.
     * </pre>
     */
    public void createDevice(kith.devices.v1.Devices.CreateDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.CreateDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateDeviceMethod(), responseObserver);
    }

    /**
     */
    public void getDevice(kith.devices.v1.Devices.GetDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.GetDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDeviceMethod(), responseObserver);
    }

    /**
     */
    public void listDevices(kith.devices.v1.Devices.ListDevicesRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.ListDevicesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDevicesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths: name, nickname, platform, device_type, personality, is_active.
     * </pre>
     */
    public void updateDevice(kith.devices.v1.Devices.UpdateDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.UpdateDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes the device with its apps, relationships and usage.
     * </pre>
     */
    public void deleteDevice(kith.devices.v1.Devices.DeleteDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.DeleteDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes the device primary and unsets the previous primary one.
     * </pre>
     */
    public void setPrimaryDevice(kith.devices.v1.Devices.SetPrimaryDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.SetPrimaryDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetPrimaryDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records a sync (last_synced_at) and tells the device what the server
     * holds for it that changed since `since`.
     * </pre>
     */
    public void syncDevice(kith.devices.v1.Devices.SyncDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.SyncDeviceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSyncDeviceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Joins two of the caller's own devices.
     * </pre>
     */
    public void createDeviceRelationship(kith.devices.v1.Devices.CreateDeviceRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.CreateDeviceRelationshipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateDeviceRelationshipMethod(), responseObserver);
    }

    /**
     */
    public void listDeviceRelationships(kith.devices.v1.Devices.ListDeviceRelationshipsRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.ListDeviceRelationshipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDeviceRelationshipsMethod(), responseObserver);
    }

    /**
     */
    public void deleteDeviceRelationship(kith.devices.v1.Devices.DeleteDeviceRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.DeleteDeviceRelationshipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteDeviceRelationshipMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateDeviceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.CreateDeviceRequest,
                kith.devices.v1.Devices.CreateDeviceResponse>(
                  this, METHODID_CREATE_DEVICE)))
          .addMethod(
            getGetDeviceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.GetDeviceRequest,
                kith.devices.v1.Devices.GetDeviceResponse>(
                  this, METHODID_GET_DEVICE)))
          .addMethod(
            getListDevicesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.ListDevicesRequest,
                kith.devices.v1.Devices.ListDevicesResponse>(
                  this, METHODID_LIST_DEVICES)))
          .addMethod(
            getUpdateDeviceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.UpdateDeviceRequest,
                kith.devices.v1.Devices.UpdateDeviceResponse>(
                  this, METHODID_UPDATE_DEVICE)))
          .addMethod(
            getDeleteDeviceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.DeleteDeviceRequest,
                kith.devices.v1.Devices.DeleteDeviceResponse>(
                  this, METHODID_DELETE_DEVICE)))
          .addMethod(
            getSetPrimaryDeviceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.SetPrimaryDeviceRequest,
                kith.devices.v1.Devices.SetPrimaryDeviceResponse>(
                  this, METHODID_SET_PRIMARY_DEVICE)))
          .addMethod(
            getSyncDeviceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.SyncDeviceRequest,
                kith.devices.v1.Devices.SyncDeviceResponse>(
                  this, METHODID_SYNC_DEVICE)))
          .addMethod(
            getCreateDeviceRelationshipMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.CreateDeviceRelationshipRequest,
                kith.devices.v1.Devices.CreateDeviceRelationshipResponse>(
                  this, METHODID_CREATE_DEVICE_RELATIONSHIP)))
          .addMethod(
            getListDeviceRelationshipsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.ListDeviceRelationshipsRequest,
                kith.devices.v1.Devices.ListDeviceRelationshipsResponse>(
                  this, METHODID_LIST_DEVICE_RELATIONSHIPS)))
          .addMethod(
            getDeleteDeviceRelationshipMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.devices.v1.Devices.DeleteDeviceRelationshipRequest,
                kith.devices.v1.Devices.DeleteDeviceRelationshipResponse>(
                  this, METHODID_DELETE_DEVICE_RELATIONSHIP)))
          .build();
    }
  }

  /**
   * <pre>
   * The caller's devices, each a character with a personality. Every method
   * sees only the caller's own devices: another user's id is NOT_FOUND.
   * </pre>
   */
  public static final class DeviceServiceStub extends io.grpc.stub.AbstractAsyncStub<DeviceServiceStub> {
    private DeviceServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DeviceServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DeviceServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * At most one device is primary: creating one as primary (or SetPrimaryDevice)
     * unsets the previous primary device in the same transaction.
     * </pre>
     */
    public void createDevice(kith.devices.v1.Devices.CreateDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.CreateDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getDevice(kith.devices.v1.Devices.GetDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.GetDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listDevices(kith.devices.v1.Devices.ListDevicesRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.ListDevicesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDevicesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths: name, nickname, platform, device_type, personality, is_active.
     * </pre>
     */
    public void updateDevice(kith.devices.v1.Devices.UpdateDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.UpdateDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes the device with its apps, relationships and usage.
     * </pre>
     */
    public void deleteDevice(kith.devices.v1.Devices.DeleteDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.DeleteDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes the device primary and unsets the previous primary one.
     * </pre>
     */
    public void setPrimaryDevice(kith.devices.v1.Devices.SetPrimaryDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.SetPrimaryDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetPrimaryDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records a sync (last_synced_at) and tells the device what the server
     * holds for it that changed since `since`.
     * </pre>
     */
    public void syncDevice(kith.devices.v1.Devices.SyncDeviceRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.SyncDeviceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSyncDeviceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Joins two of the caller's own devices.
     * </pre>
     */
    public void createDeviceRelationship(kith.devices.v1.Devices.CreateDeviceRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.CreateDeviceRelationshipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateDeviceRelationshipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listDeviceRelationships(kith.devices.v1.Devices.ListDeviceRelationshipsRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.ListDeviceRelationshipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDeviceRelationshipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteDeviceRelationship(kith.devices.v1.Devices.DeleteDeviceRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.devices.v1.Devices.DeleteDeviceRelationshipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteDeviceRelationshipMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The caller's devices, each a character with a personality. Every method
   * sees only the caller's own devices: another user's id is NOT_FOUND.
   * </pre>
   */
  public static final class DeviceServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<DeviceServiceBlockingStub> {
    private DeviceServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DeviceServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DeviceServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * At most one device is primary: creating one as primary (or SetPrimaryDevice)
     * unsets the previous primary device in the same transaction.
     * </pre>
     */
    public kith.devices.v1.Devices.CreateDeviceResponse createDevice(kith.devices.v1.Devices.CreateDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateDeviceMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.devices.v1.Devices.GetDeviceResponse getDevice(kith.devices.v1.Devices.GetDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDeviceMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.devices.v1.Devices.ListDevicesResponse listDevices(kith.devices.v1.Devices.ListDevicesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDevicesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths: name, nickname, platform, device_type, personality, is_active.
     * </pre>
     */
    public kith.devices.v1.Devices.UpdateDeviceResponse updateDevice(kith.devices.v1.Devices.UpdateDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the device with its apps, relationships and usage.
     * </pre>
     */
    public kith.devices.v1.Devices.DeleteDeviceResponse deleteDevice(kith.devices.v1.Devices.DeleteDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the device primary and unsets the previous primary one.
     * </pre>
     */
    public kith.devices.v1.Devices.SetPrimaryDeviceResponse setPrimaryDevice(kith.devices.v1.Devices.SetPrimaryDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetPrimaryDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a sync (last_synced_at) and tells the device what the server
     * holds for it that changed since `since`.
     * </pre>
     */
    public kith.devices.v1.Devices.SyncDeviceResponse syncDevice(kith.devices.v1.Devices.SyncDeviceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSyncDeviceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Joins two of the caller's own devices.
     * </pre>
     */
    public kith.devices.v1.Devices.CreateDeviceRelationshipResponse createDeviceRelationship(kith.devices.v1.Devices.CreateDeviceRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateDeviceRelationshipMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.devices.v1.Devices.ListDeviceRelationshipsResponse listDeviceRelationships(kith.devices.v1.Devices.ListDeviceRelationshipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDeviceRelationshipsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.devices.v1.Devices.DeleteDeviceRelationshipResponse deleteDeviceRelationship(kith.devices.v1.Devices.DeleteDeviceRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteDeviceRelationshipMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The caller's devices, each a character with a personality. Every method
   * sees only the caller's own devices: another user's id is NOT_FOUND.
   * </pre>
   */
  public static final class DeviceServiceFutureStub extends io.grpc.stub.AbstractFutureStub<DeviceServiceFutureStub> {
    private DeviceServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DeviceServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DeviceServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * At most one device is primary: creating one as primary (or SetPrimaryDevice)
     * unsets the previous primary device in the same transaction.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.CreateDeviceResponse> createDevice(
        kith.devices.v1.Devices.CreateDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateDeviceMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.GetDeviceResponse> getDevice(
        kith.devices.v1.Devices.GetDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDeviceMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.ListDevicesResponse> listDevices(
        kith.devices.v1.Devices.ListDevicesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDevicesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths: name, nickname, platform, device_type, personality, is_active.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.UpdateDeviceResponse> updateDevice(
        kith.devices.v1.Devices.UpdateDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes the device with its apps, relationships and usage.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.DeleteDeviceResponse> deleteDevice(
        kith.devices.v1.Devices.DeleteDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes the device primary and unsets the previous primary one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.SetPrimaryDeviceResponse> setPrimaryDevice(
        kith.devices.v1.Devices.SetPrimaryDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetPrimaryDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records a sync (last_synced_at) and tells the device what the server
     * holds for it that changed since `since`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.SyncDeviceResponse> syncDevice(
        kith.devices.v1.Devices.SyncDeviceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSyncDeviceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Joins two of the caller's own devices.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.CreateDeviceRelationshipResponse> createDeviceRelationship(
        kith.devices.v1.Devices.CreateDeviceRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateDeviceRelationshipMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.ListDeviceRelationshipsResponse> listDeviceRelationships(
        kith.devices.v1.Devices.ListDeviceRelationshipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDeviceRelationshipsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.devices.v1.Devices.DeleteDeviceRelationshipResponse> deleteDeviceRelationship(
        kith.devices.v1.Devices.DeleteDeviceRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteDeviceRelationshipMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_DEVICE = 0;
  private static final int METHODID_GET_DEVICE = 1;
  private static final int METHODID_LIST_DEVICES = 2;
  private static final int METHODID_UPDATE_DEVICE = 3;
  private static final int METHODID_DELETE_DEVICE = 4;
  private static final int METHODID_SET_PRIMARY_DEVICE = 5;
  private static final int METHODID_SYNC_DEVICE = 6;
  private static final int METHODID_CREATE_DEVICE_RELATIONSHIP = 7;
  private static final int METHODID_LIST_DEVICE_RELATIONSHIPS = 8;
  private static final int METHODID_DELETE_DEVICE_RELATIONSHIP = 9;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final DeviceServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(DeviceServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_DEVICE:
          serviceImpl.createDevice((kith.devices.v1.Devices.CreateDeviceRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.CreateDeviceResponse>) responseObserver);
          break;
        case METHODID_GET_DEVICE:
          serviceImpl.getDevice((kith.devices.v1.Devices.GetDeviceRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.GetDeviceResponse>) responseObserver);
          break;
        case METHODID_LIST_DEVICES:
          serviceImpl.listDevices((kith.devices.v1.Devices.ListDevicesRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.ListDevicesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_DEVICE:
          serviceImpl.updateDevice((kith.devices.v1.Devices.UpdateDeviceRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.UpdateDeviceResponse>) responseObserver);
          break;
        case METHODID_DELETE_DEVICE:
          serviceImpl.deleteDevice((kith.devices.v1.Devices.DeleteDeviceRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.DeleteDeviceResponse>) responseObserver);
          break;
        case METHODID_SET_PRIMARY_DEVICE:
          serviceImpl.setPrimaryDevice((kith.devices.v1.Devices.SetPrimaryDeviceRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.SetPrimaryDeviceResponse>) responseObserver);
          break;
        case METHODID_SYNC_DEVICE:
          serviceImpl.syncDevice((kith.devices.v1.Devices.SyncDeviceRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.SyncDeviceResponse>) responseObserver);
          break;
        case METHODID_CREATE_DEVICE_RELATIONSHIP:
          serviceImpl.createDeviceRelationship((kith.devices.v1.Devices.CreateDeviceRelationshipRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.CreateDeviceRelationshipResponse>) responseObserver);
          break;
        case METHODID_LIST_DEVICE_RELATIONSHIPS:
          serviceImpl.listDeviceRelationships((kith.devices.v1.Devices.ListDeviceRelationshipsRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.ListDeviceRelationshipsResponse>) responseObserver);
          break;
        case METHODID_DELETE_DEVICE_RELATIONSHIP:
          serviceImpl.deleteDeviceRelationship((kith.devices.v1.Devices.DeleteDeviceRelationshipRequest) request,
              (io.grpc.stub.StreamObserver<kith.devices.v1.Devices.DeleteDeviceRelationshipResponse>) responseObserver);
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

  private static abstract class DeviceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DeviceServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.devices.v1.Devices.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DeviceService");
    }
  }

  private static final class DeviceServiceFileDescriptorSupplier
      extends DeviceServiceBaseDescriptorSupplier {
    DeviceServiceFileDescriptorSupplier() {}
  }

  private static final class DeviceServiceMethodDescriptorSupplier
      extends DeviceServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    DeviceServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (DeviceServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DeviceServiceFileDescriptorSupplier())
              .addMethod(getCreateDeviceMethod())
              .addMethod(getGetDeviceMethod())
              .addMethod(getListDevicesMethod())
              .addMethod(getUpdateDeviceMethod())
              .addMethod(getDeleteDeviceMethod())
              .addMethod(getSetPrimaryDeviceMethod())
              .addMethod(getSyncDeviceMethod())
              .addMethod(getCreateDeviceRelationshipMethod())
              .addMethod(getListDeviceRelationshipsMethod())
              .addMethod(getDeleteDeviceRelationshipMethod())
              .build();
        }
      }
    }
    return result;
  }
}
