package kith.apps.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The shared app catalogue, and the apps on the caller's devices. Catalogue
 * entries are added when a device first reports an app (usage upload or
 * AddDeviceApp); admins may edit them.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: kith/apps/v1/apps.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AppServiceGrpc {

  private AppServiceGrpc() {}

  public static final String SERVICE_NAME = "kith.apps.v1.AppService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.SearchAppsRequest,
      kith.apps.v1.Apps.SearchAppsResponse> getSearchAppsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SearchApps",
      requestType = kith.apps.v1.Apps.SearchAppsRequest.class,
      responseType = kith.apps.v1.Apps.SearchAppsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.SearchAppsRequest,
      kith.apps.v1.Apps.SearchAppsResponse> getSearchAppsMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.SearchAppsRequest, kith.apps.v1.Apps.SearchAppsResponse> getSearchAppsMethod;
    if ((getSearchAppsMethod = AppServiceGrpc.getSearchAppsMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getSearchAppsMethod = AppServiceGrpc.getSearchAppsMethod) == null) {
          AppServiceGrpc.getSearchAppsMethod = getSearchAppsMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.SearchAppsRequest, kith.apps.v1.Apps.SearchAppsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SearchApps"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.SearchAppsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.SearchAppsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("SearchApps"))
              .build();
        }
      }
    }
    return getSearchAppsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.GetAppRequest,
      kith.apps.v1.Apps.GetAppResponse> getGetAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetApp",
      requestType = kith.apps.v1.Apps.GetAppRequest.class,
      responseType = kith.apps.v1.Apps.GetAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.GetAppRequest,
      kith.apps.v1.Apps.GetAppResponse> getGetAppMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.GetAppRequest, kith.apps.v1.Apps.GetAppResponse> getGetAppMethod;
    if ((getGetAppMethod = AppServiceGrpc.getGetAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getGetAppMethod = AppServiceGrpc.getGetAppMethod) == null) {
          AppServiceGrpc.getGetAppMethod = getGetAppMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.GetAppRequest, kith.apps.v1.Apps.GetAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.GetAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.GetAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("GetApp"))
              .build();
        }
      }
    }
    return getGetAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListCategoriesRequest,
      kith.apps.v1.Apps.ListCategoriesResponse> getListCategoriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCategories",
      requestType = kith.apps.v1.Apps.ListCategoriesRequest.class,
      responseType = kith.apps.v1.Apps.ListCategoriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListCategoriesRequest,
      kith.apps.v1.Apps.ListCategoriesResponse> getListCategoriesMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListCategoriesRequest, kith.apps.v1.Apps.ListCategoriesResponse> getListCategoriesMethod;
    if ((getListCategoriesMethod = AppServiceGrpc.getListCategoriesMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListCategoriesMethod = AppServiceGrpc.getListCategoriesMethod) == null) {
          AppServiceGrpc.getListCategoriesMethod = getListCategoriesMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.ListCategoriesRequest, kith.apps.v1.Apps.ListCategoriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCategories"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListCategoriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListCategoriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListCategories"))
              .build();
        }
      }
    }
    return getListCategoriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.UpdateAppRequest,
      kith.apps.v1.Apps.UpdateAppResponse> getUpdateAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateApp",
      requestType = kith.apps.v1.Apps.UpdateAppRequest.class,
      responseType = kith.apps.v1.Apps.UpdateAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.UpdateAppRequest,
      kith.apps.v1.Apps.UpdateAppResponse> getUpdateAppMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.UpdateAppRequest, kith.apps.v1.Apps.UpdateAppResponse> getUpdateAppMethod;
    if ((getUpdateAppMethod = AppServiceGrpc.getUpdateAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getUpdateAppMethod = AppServiceGrpc.getUpdateAppMethod) == null) {
          AppServiceGrpc.getUpdateAppMethod = getUpdateAppMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.UpdateAppRequest, kith.apps.v1.Apps.UpdateAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.UpdateAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.UpdateAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("UpdateApp"))
              .build();
        }
      }
    }
    return getUpdateAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.AddDeviceAppRequest,
      kith.apps.v1.Apps.AddDeviceAppResponse> getAddDeviceAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddDeviceApp",
      requestType = kith.apps.v1.Apps.AddDeviceAppRequest.class,
      responseType = kith.apps.v1.Apps.AddDeviceAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.AddDeviceAppRequest,
      kith.apps.v1.Apps.AddDeviceAppResponse> getAddDeviceAppMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.AddDeviceAppRequest, kith.apps.v1.Apps.AddDeviceAppResponse> getAddDeviceAppMethod;
    if ((getAddDeviceAppMethod = AppServiceGrpc.getAddDeviceAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getAddDeviceAppMethod = AppServiceGrpc.getAddDeviceAppMethod) == null) {
          AppServiceGrpc.getAddDeviceAppMethod = getAddDeviceAppMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.AddDeviceAppRequest, kith.apps.v1.Apps.AddDeviceAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddDeviceApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.AddDeviceAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.AddDeviceAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("AddDeviceApp"))
              .build();
        }
      }
    }
    return getAddDeviceAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListDeviceAppsRequest,
      kith.apps.v1.Apps.ListDeviceAppsResponse> getListDeviceAppsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDeviceApps",
      requestType = kith.apps.v1.Apps.ListDeviceAppsRequest.class,
      responseType = kith.apps.v1.Apps.ListDeviceAppsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListDeviceAppsRequest,
      kith.apps.v1.Apps.ListDeviceAppsResponse> getListDeviceAppsMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListDeviceAppsRequest, kith.apps.v1.Apps.ListDeviceAppsResponse> getListDeviceAppsMethod;
    if ((getListDeviceAppsMethod = AppServiceGrpc.getListDeviceAppsMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListDeviceAppsMethod = AppServiceGrpc.getListDeviceAppsMethod) == null) {
          AppServiceGrpc.getListDeviceAppsMethod = getListDeviceAppsMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.ListDeviceAppsRequest, kith.apps.v1.Apps.ListDeviceAppsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDeviceApps"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListDeviceAppsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListDeviceAppsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListDeviceApps"))
              .build();
        }
      }
    }
    return getListDeviceAppsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.UpdateDeviceAppRequest,
      kith.apps.v1.Apps.UpdateDeviceAppResponse> getUpdateDeviceAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateDeviceApp",
      requestType = kith.apps.v1.Apps.UpdateDeviceAppRequest.class,
      responseType = kith.apps.v1.Apps.UpdateDeviceAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.UpdateDeviceAppRequest,
      kith.apps.v1.Apps.UpdateDeviceAppResponse> getUpdateDeviceAppMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.UpdateDeviceAppRequest, kith.apps.v1.Apps.UpdateDeviceAppResponse> getUpdateDeviceAppMethod;
    if ((getUpdateDeviceAppMethod = AppServiceGrpc.getUpdateDeviceAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getUpdateDeviceAppMethod = AppServiceGrpc.getUpdateDeviceAppMethod) == null) {
          AppServiceGrpc.getUpdateDeviceAppMethod = getUpdateDeviceAppMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.UpdateDeviceAppRequest, kith.apps.v1.Apps.UpdateDeviceAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateDeviceApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.UpdateDeviceAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.UpdateDeviceAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("UpdateDeviceApp"))
              .build();
        }
      }
    }
    return getUpdateDeviceAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.RemoveDeviceAppRequest,
      kith.apps.v1.Apps.RemoveDeviceAppResponse> getRemoveDeviceAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveDeviceApp",
      requestType = kith.apps.v1.Apps.RemoveDeviceAppRequest.class,
      responseType = kith.apps.v1.Apps.RemoveDeviceAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.RemoveDeviceAppRequest,
      kith.apps.v1.Apps.RemoveDeviceAppResponse> getRemoveDeviceAppMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.RemoveDeviceAppRequest, kith.apps.v1.Apps.RemoveDeviceAppResponse> getRemoveDeviceAppMethod;
    if ((getRemoveDeviceAppMethod = AppServiceGrpc.getRemoveDeviceAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getRemoveDeviceAppMethod = AppServiceGrpc.getRemoveDeviceAppMethod) == null) {
          AppServiceGrpc.getRemoveDeviceAppMethod = getRemoveDeviceAppMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.RemoveDeviceAppRequest, kith.apps.v1.Apps.RemoveDeviceAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveDeviceApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.RemoveDeviceAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.RemoveDeviceAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("RemoveDeviceApp"))
              .build();
        }
      }
    }
    return getRemoveDeviceAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.ToggleFavoriteRequest,
      kith.apps.v1.Apps.ToggleFavoriteResponse> getToggleFavoriteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ToggleFavorite",
      requestType = kith.apps.v1.Apps.ToggleFavoriteRequest.class,
      responseType = kith.apps.v1.Apps.ToggleFavoriteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.ToggleFavoriteRequest,
      kith.apps.v1.Apps.ToggleFavoriteResponse> getToggleFavoriteMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.ToggleFavoriteRequest, kith.apps.v1.Apps.ToggleFavoriteResponse> getToggleFavoriteMethod;
    if ((getToggleFavoriteMethod = AppServiceGrpc.getToggleFavoriteMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getToggleFavoriteMethod = AppServiceGrpc.getToggleFavoriteMethod) == null) {
          AppServiceGrpc.getToggleFavoriteMethod = getToggleFavoriteMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.ToggleFavoriteRequest, kith.apps.v1.Apps.ToggleFavoriteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ToggleFavorite"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ToggleFavoriteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ToggleFavoriteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ToggleFavorite"))
              .build();
        }
      }
    }
    return getToggleFavoriteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListFavoritesRequest,
      kith.apps.v1.Apps.ListFavoritesResponse> getListFavoritesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListFavorites",
      requestType = kith.apps.v1.Apps.ListFavoritesRequest.class,
      responseType = kith.apps.v1.Apps.ListFavoritesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListFavoritesRequest,
      kith.apps.v1.Apps.ListFavoritesResponse> getListFavoritesMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListFavoritesRequest, kith.apps.v1.Apps.ListFavoritesResponse> getListFavoritesMethod;
    if ((getListFavoritesMethod = AppServiceGrpc.getListFavoritesMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListFavoritesMethod = AppServiceGrpc.getListFavoritesMethod) == null) {
          AppServiceGrpc.getListFavoritesMethod = getListFavoritesMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.ListFavoritesRequest, kith.apps.v1.Apps.ListFavoritesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListFavorites"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListFavoritesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListFavoritesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListFavorites"))
              .build();
        }
      }
    }
    return getListFavoritesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.CreateAppRelationshipRequest,
      kith.apps.v1.Apps.CreateAppRelationshipResponse> getCreateAppRelationshipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateAppRelationship",
      requestType = kith.apps.v1.Apps.CreateAppRelationshipRequest.class,
      responseType = kith.apps.v1.Apps.CreateAppRelationshipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.CreateAppRelationshipRequest,
      kith.apps.v1.Apps.CreateAppRelationshipResponse> getCreateAppRelationshipMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.CreateAppRelationshipRequest, kith.apps.v1.Apps.CreateAppRelationshipResponse> getCreateAppRelationshipMethod;
    if ((getCreateAppRelationshipMethod = AppServiceGrpc.getCreateAppRelationshipMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getCreateAppRelationshipMethod = AppServiceGrpc.getCreateAppRelationshipMethod) == null) {
          AppServiceGrpc.getCreateAppRelationshipMethod = getCreateAppRelationshipMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.CreateAppRelationshipRequest, kith.apps.v1.Apps.CreateAppRelationshipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateAppRelationship"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.CreateAppRelationshipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.CreateAppRelationshipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("CreateAppRelationship"))
              .build();
        }
      }
    }
    return getCreateAppRelationshipMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListAppRelationshipsRequest,
      kith.apps.v1.Apps.ListAppRelationshipsResponse> getListAppRelationshipsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAppRelationships",
      requestType = kith.apps.v1.Apps.ListAppRelationshipsRequest.class,
      responseType = kith.apps.v1.Apps.ListAppRelationshipsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListAppRelationshipsRequest,
      kith.apps.v1.Apps.ListAppRelationshipsResponse> getListAppRelationshipsMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.ListAppRelationshipsRequest, kith.apps.v1.Apps.ListAppRelationshipsResponse> getListAppRelationshipsMethod;
    if ((getListAppRelationshipsMethod = AppServiceGrpc.getListAppRelationshipsMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListAppRelationshipsMethod = AppServiceGrpc.getListAppRelationshipsMethod) == null) {
          AppServiceGrpc.getListAppRelationshipsMethod = getListAppRelationshipsMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.ListAppRelationshipsRequest, kith.apps.v1.Apps.ListAppRelationshipsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAppRelationships"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListAppRelationshipsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.ListAppRelationshipsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListAppRelationships"))
              .build();
        }
      }
    }
    return getListAppRelationshipsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<kith.apps.v1.Apps.DeleteAppRelationshipRequest,
      kith.apps.v1.Apps.DeleteAppRelationshipResponse> getDeleteAppRelationshipMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteAppRelationship",
      requestType = kith.apps.v1.Apps.DeleteAppRelationshipRequest.class,
      responseType = kith.apps.v1.Apps.DeleteAppRelationshipResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<kith.apps.v1.Apps.DeleteAppRelationshipRequest,
      kith.apps.v1.Apps.DeleteAppRelationshipResponse> getDeleteAppRelationshipMethod() {
    io.grpc.MethodDescriptor<kith.apps.v1.Apps.DeleteAppRelationshipRequest, kith.apps.v1.Apps.DeleteAppRelationshipResponse> getDeleteAppRelationshipMethod;
    if ((getDeleteAppRelationshipMethod = AppServiceGrpc.getDeleteAppRelationshipMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getDeleteAppRelationshipMethod = AppServiceGrpc.getDeleteAppRelationshipMethod) == null) {
          AppServiceGrpc.getDeleteAppRelationshipMethod = getDeleteAppRelationshipMethod =
              io.grpc.MethodDescriptor.<kith.apps.v1.Apps.DeleteAppRelationshipRequest, kith.apps.v1.Apps.DeleteAppRelationshipResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteAppRelationship"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.DeleteAppRelationshipRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  kith.apps.v1.Apps.DeleteAppRelationshipResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("DeleteAppRelationship"))
              .build();
        }
      }
    }
    return getDeleteAppRelationshipMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AppServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceStub>() {
        @java.lang.Override
        public AppServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceStub(channel, callOptions);
        }
      };
    return AppServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AppServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceBlockingStub>() {
        @java.lang.Override
        public AppServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceBlockingStub(channel, callOptions);
        }
      };
    return AppServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AppServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceFutureStub>() {
        @java.lang.Override
        public AppServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceFutureStub(channel, callOptions);
        }
      };
    return AppServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The shared app catalogue, and the apps on the caller's devices. Catalogue
   * entries are added when a device first reports an app (usage upload or
   * AddDeviceApp); admins may edit them.
   * </pre>
   */
  public static abstract class AppServiceImplBase implements io.grpc.BindableService {

    /**
     */
    public void searchApps(kith.apps.v1.Apps.SearchAppsRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.SearchAppsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSearchAppsMethod(), responseObserver);
    }

    /**
     */
    public void getApp(kith.apps.v1.Apps.GetAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.GetAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAppMethod(), responseObserver);
    }

    /**
     */
    public void listCategories(kith.apps.v1.Apps.ListCategoriesRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListCategoriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCategoriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Admin only. Paths: name, category, default_personality.
     * </pre>
     */
    public void updateApp(kith.apps.v1.Apps.UpdateAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.UpdateAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateAppMethod(), responseObserver);
    }

    /**
     * <pre>
     * Puts an app (by bundle id; added to the catalogue if new) on one of the
     * caller's devices. Adding it twice returns the existing device app.
     * </pre>
     */
    public void addDeviceApp(kith.apps.v1.Apps.AddDeviceAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.AddDeviceAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddDeviceAppMethod(), responseObserver);
    }

    /**
     */
    public void listDeviceApps(kith.apps.v1.Apps.ListDeviceAppsRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListDeviceAppsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDeviceAppsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Paths: nickname, personality_override, is_favorite.
     * </pre>
     */
    public void updateDeviceApp(kith.apps.v1.Apps.UpdateDeviceAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.UpdateDeviceAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateDeviceAppMethod(), responseObserver);
    }

    /**
     */
    public void removeDeviceApp(kith.apps.v1.Apps.RemoveDeviceAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.RemoveDeviceAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveDeviceAppMethod(), responseObserver);
    }

    /**
     */
    public void toggleFavorite(kith.apps.v1.Apps.ToggleFavoriteRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ToggleFavoriteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getToggleFavoriteMethod(), responseObserver);
    }

    /**
     */
    public void listFavorites(kith.apps.v1.Apps.ListFavoritesRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListFavoritesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListFavoritesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Joins two of the caller's device apps.
     * </pre>
     */
    public void createAppRelationship(kith.apps.v1.Apps.CreateAppRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.CreateAppRelationshipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateAppRelationshipMethod(), responseObserver);
    }

    /**
     */
    public void listAppRelationships(kith.apps.v1.Apps.ListAppRelationshipsRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListAppRelationshipsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAppRelationshipsMethod(), responseObserver);
    }

    /**
     */
    public void deleteAppRelationship(kith.apps.v1.Apps.DeleteAppRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.DeleteAppRelationshipResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteAppRelationshipMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getSearchAppsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.SearchAppsRequest,
                kith.apps.v1.Apps.SearchAppsResponse>(
                  this, METHODID_SEARCH_APPS)))
          .addMethod(
            getGetAppMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.GetAppRequest,
                kith.apps.v1.Apps.GetAppResponse>(
                  this, METHODID_GET_APP)))
          .addMethod(
            getListCategoriesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.ListCategoriesRequest,
                kith.apps.v1.Apps.ListCategoriesResponse>(
                  this, METHODID_LIST_CATEGORIES)))
          .addMethod(
            getUpdateAppMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.UpdateAppRequest,
                kith.apps.v1.Apps.UpdateAppResponse>(
                  this, METHODID_UPDATE_APP)))
          .addMethod(
            getAddDeviceAppMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.AddDeviceAppRequest,
                kith.apps.v1.Apps.AddDeviceAppResponse>(
                  this, METHODID_ADD_DEVICE_APP)))
          .addMethod(
            getListDeviceAppsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.ListDeviceAppsRequest,
                kith.apps.v1.Apps.ListDeviceAppsResponse>(
                  this, METHODID_LIST_DEVICE_APPS)))
          .addMethod(
            getUpdateDeviceAppMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.UpdateDeviceAppRequest,
                kith.apps.v1.Apps.UpdateDeviceAppResponse>(
                  this, METHODID_UPDATE_DEVICE_APP)))
          .addMethod(
            getRemoveDeviceAppMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.RemoveDeviceAppRequest,
                kith.apps.v1.Apps.RemoveDeviceAppResponse>(
                  this, METHODID_REMOVE_DEVICE_APP)))
          .addMethod(
            getToggleFavoriteMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.ToggleFavoriteRequest,
                kith.apps.v1.Apps.ToggleFavoriteResponse>(
                  this, METHODID_TOGGLE_FAVORITE)))
          .addMethod(
            getListFavoritesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.ListFavoritesRequest,
                kith.apps.v1.Apps.ListFavoritesResponse>(
                  this, METHODID_LIST_FAVORITES)))
          .addMethod(
            getCreateAppRelationshipMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.CreateAppRelationshipRequest,
                kith.apps.v1.Apps.CreateAppRelationshipResponse>(
                  this, METHODID_CREATE_APP_RELATIONSHIP)))
          .addMethod(
            getListAppRelationshipsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.ListAppRelationshipsRequest,
                kith.apps.v1.Apps.ListAppRelationshipsResponse>(
                  this, METHODID_LIST_APP_RELATIONSHIPS)))
          .addMethod(
            getDeleteAppRelationshipMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                kith.apps.v1.Apps.DeleteAppRelationshipRequest,
                kith.apps.v1.Apps.DeleteAppRelationshipResponse>(
                  this, METHODID_DELETE_APP_RELATIONSHIP)))
          .build();
    }
  }

  /**
   * <pre>
   * The shared app catalogue, and the apps on the caller's devices. Catalogue
   * entries are added when a device first reports an app (usage upload or
   * AddDeviceApp); admins may edit them.
   * </pre>
   */
  public static final class AppServiceStub extends io.grpc.stub.AbstractAsyncStub<AppServiceStub> {
    private AppServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceStub(channel, callOptions);
    }

    /**
     */
    public void searchApps(kith.apps.v1.Apps.SearchAppsRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.SearchAppsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSearchAppsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void getApp(kith.apps.v1.Apps.GetAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.GetAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listCategories(kith.apps.v1.Apps.ListCategoriesRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListCategoriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCategoriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Admin only. Paths: name, category, default_personality.
     * </pre>
     */
    public void updateApp(kith.apps.v1.Apps.UpdateAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.UpdateAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Puts an app (by bundle id; added to the catalogue if new) on one of the
     * caller's devices. Adding it twice returns the existing device app.
     * </pre>
     */
    public void addDeviceApp(kith.apps.v1.Apps.AddDeviceAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.AddDeviceAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddDeviceAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listDeviceApps(kith.apps.v1.Apps.ListDeviceAppsRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListDeviceAppsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDeviceAppsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Paths: nickname, personality_override, is_favorite.
     * </pre>
     */
    public void updateDeviceApp(kith.apps.v1.Apps.UpdateDeviceAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.UpdateDeviceAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateDeviceAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void removeDeviceApp(kith.apps.v1.Apps.RemoveDeviceAppRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.RemoveDeviceAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveDeviceAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void toggleFavorite(kith.apps.v1.Apps.ToggleFavoriteRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ToggleFavoriteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getToggleFavoriteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listFavorites(kith.apps.v1.Apps.ListFavoritesRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListFavoritesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListFavoritesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Joins two of the caller's device apps.
     * </pre>
     */
    public void createAppRelationship(kith.apps.v1.Apps.CreateAppRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.CreateAppRelationshipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateAppRelationshipMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void listAppRelationships(kith.apps.v1.Apps.ListAppRelationshipsRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListAppRelationshipsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAppRelationshipsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     */
    public void deleteAppRelationship(kith.apps.v1.Apps.DeleteAppRelationshipRequest request,
        io.grpc.stub.StreamObserver<kith.apps.v1.Apps.DeleteAppRelationshipResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteAppRelationshipMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The shared app catalogue, and the apps on the caller's devices. Catalogue
   * entries are added when a device first reports an app (usage upload or
   * AddDeviceApp); admins may edit them.
   * </pre>
   */
  public static final class AppServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AppServiceBlockingStub> {
    private AppServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceBlockingStub(channel, callOptions);
    }

    /**
     */
    public kith.apps.v1.Apps.SearchAppsResponse searchApps(kith.apps.v1.Apps.SearchAppsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSearchAppsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.GetAppResponse getApp(kith.apps.v1.Apps.GetAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAppMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.ListCategoriesResponse listCategories(kith.apps.v1.Apps.ListCategoriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCategoriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Admin only. Paths: name, category, default_personality.
     * </pre>
     */
    public kith.apps.v1.Apps.UpdateAppResponse updateApp(kith.apps.v1.Apps.UpdateAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateAppMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Puts an app (by bundle id; added to the catalogue if new) on one of the
     * caller's devices. Adding it twice returns the existing device app.
     * </pre>
     */
    public kith.apps.v1.Apps.AddDeviceAppResponse addDeviceApp(kith.apps.v1.Apps.AddDeviceAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddDeviceAppMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.ListDeviceAppsResponse listDeviceApps(kith.apps.v1.Apps.ListDeviceAppsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDeviceAppsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Paths: nickname, personality_override, is_favorite.
     * </pre>
     */
    public kith.apps.v1.Apps.UpdateDeviceAppResponse updateDeviceApp(kith.apps.v1.Apps.UpdateDeviceAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateDeviceAppMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.RemoveDeviceAppResponse removeDeviceApp(kith.apps.v1.Apps.RemoveDeviceAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveDeviceAppMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.ToggleFavoriteResponse toggleFavorite(kith.apps.v1.Apps.ToggleFavoriteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getToggleFavoriteMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.ListFavoritesResponse listFavorites(kith.apps.v1.Apps.ListFavoritesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListFavoritesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Joins two of the caller's device apps.
     * </pre>
     */
    public kith.apps.v1.Apps.CreateAppRelationshipResponse createAppRelationship(kith.apps.v1.Apps.CreateAppRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateAppRelationshipMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.ListAppRelationshipsResponse listAppRelationships(kith.apps.v1.Apps.ListAppRelationshipsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAppRelationshipsMethod(), getCallOptions(), request);
    }

    /**
     */
    public kith.apps.v1.Apps.DeleteAppRelationshipResponse deleteAppRelationship(kith.apps.v1.Apps.DeleteAppRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteAppRelationshipMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The shared app catalogue, and the apps on the caller's devices. Catalogue
   * entries are added when a device first reports an app (usage upload or
   * AddDeviceApp); admins may edit them.
   * </pre>
   */
  public static final class AppServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AppServiceFutureStub> {
    private AppServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceFutureStub(channel, callOptions);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.SearchAppsResponse> searchApps(
        kith.apps.v1.Apps.SearchAppsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSearchAppsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.GetAppResponse> getApp(
        kith.apps.v1.Apps.GetAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAppMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.ListCategoriesResponse> listCategories(
        kith.apps.v1.Apps.ListCategoriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCategoriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Admin only. Paths: name, category, default_personality.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.UpdateAppResponse> updateApp(
        kith.apps.v1.Apps.UpdateAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateAppMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Puts an app (by bundle id; added to the catalogue if new) on one of the
     * caller's devices. Adding it twice returns the existing device app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.AddDeviceAppResponse> addDeviceApp(
        kith.apps.v1.Apps.AddDeviceAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddDeviceAppMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.ListDeviceAppsResponse> listDeviceApps(
        kith.apps.v1.Apps.ListDeviceAppsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDeviceAppsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Paths: nickname, personality_override, is_favorite.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.UpdateDeviceAppResponse> updateDeviceApp(
        kith.apps.v1.Apps.UpdateDeviceAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateDeviceAppMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.RemoveDeviceAppResponse> removeDeviceApp(
        kith.apps.v1.Apps.RemoveDeviceAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveDeviceAppMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.ToggleFavoriteResponse> toggleFavorite(
        kith.apps.v1.Apps.ToggleFavoriteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getToggleFavoriteMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.ListFavoritesResponse> listFavorites(
        kith.apps.v1.Apps.ListFavoritesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListFavoritesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Joins two of the caller's device apps.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.CreateAppRelationshipResponse> createAppRelationship(
        kith.apps.v1.Apps.CreateAppRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateAppRelationshipMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.ListAppRelationshipsResponse> listAppRelationships(
        kith.apps.v1.Apps.ListAppRelationshipsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAppRelationshipsMethod(), getCallOptions()), request);
    }

    /**
     */
    public com.google.common.util.concurrent.ListenableFuture<kith.apps.v1.Apps.DeleteAppRelationshipResponse> deleteAppRelationship(
        kith.apps.v1.Apps.DeleteAppRelationshipRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteAppRelationshipMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SEARCH_APPS = 0;
  private static final int METHODID_GET_APP = 1;
  private static final int METHODID_LIST_CATEGORIES = 2;
  private static final int METHODID_UPDATE_APP = 3;
  private static final int METHODID_ADD_DEVICE_APP = 4;
  private static final int METHODID_LIST_DEVICE_APPS = 5;
  private static final int METHODID_UPDATE_DEVICE_APP = 6;
  private static final int METHODID_REMOVE_DEVICE_APP = 7;
  private static final int METHODID_TOGGLE_FAVORITE = 8;
  private static final int METHODID_LIST_FAVORITES = 9;
  private static final int METHODID_CREATE_APP_RELATIONSHIP = 10;
  private static final int METHODID_LIST_APP_RELATIONSHIPS = 11;
  private static final int METHODID_DELETE_APP_RELATIONSHIP = 12;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AppServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AppServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SEARCH_APPS:
          serviceImpl.searchApps((kith.apps.v1.Apps.SearchAppsRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.SearchAppsResponse>) responseObserver);
          break;
        case METHODID_GET_APP:
          serviceImpl.getApp((kith.apps.v1.Apps.GetAppRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.GetAppResponse>) responseObserver);
          break;
        case METHODID_LIST_CATEGORIES:
          serviceImpl.listCategories((kith.apps.v1.Apps.ListCategoriesRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListCategoriesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_APP:
          serviceImpl.updateApp((kith.apps.v1.Apps.UpdateAppRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.UpdateAppResponse>) responseObserver);
          break;
        case METHODID_ADD_DEVICE_APP:
          serviceImpl.addDeviceApp((kith.apps.v1.Apps.AddDeviceAppRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.AddDeviceAppResponse>) responseObserver);
          break;
        case METHODID_LIST_DEVICE_APPS:
          serviceImpl.listDeviceApps((kith.apps.v1.Apps.ListDeviceAppsRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListDeviceAppsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_DEVICE_APP:
          serviceImpl.updateDeviceApp((kith.apps.v1.Apps.UpdateDeviceAppRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.UpdateDeviceAppResponse>) responseObserver);
          break;
        case METHODID_REMOVE_DEVICE_APP:
          serviceImpl.removeDeviceApp((kith.apps.v1.Apps.RemoveDeviceAppRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.RemoveDeviceAppResponse>) responseObserver);
          break;
        case METHODID_TOGGLE_FAVORITE:
          serviceImpl.toggleFavorite((kith.apps.v1.Apps.ToggleFavoriteRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ToggleFavoriteResponse>) responseObserver);
          break;
        case METHODID_LIST_FAVORITES:
          serviceImpl.listFavorites((kith.apps.v1.Apps.ListFavoritesRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListFavoritesResponse>) responseObserver);
          break;
        case METHODID_CREATE_APP_RELATIONSHIP:
          serviceImpl.createAppRelationship((kith.apps.v1.Apps.CreateAppRelationshipRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.CreateAppRelationshipResponse>) responseObserver);
          break;
        case METHODID_LIST_APP_RELATIONSHIPS:
          serviceImpl.listAppRelationships((kith.apps.v1.Apps.ListAppRelationshipsRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.ListAppRelationshipsResponse>) responseObserver);
          break;
        case METHODID_DELETE_APP_RELATIONSHIP:
          serviceImpl.deleteAppRelationship((kith.apps.v1.Apps.DeleteAppRelationshipRequest) request,
              (io.grpc.stub.StreamObserver<kith.apps.v1.Apps.DeleteAppRelationshipResponse>) responseObserver);
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

  private static abstract class AppServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AppServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return kith.apps.v1.Apps.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AppService");
    }
  }

  private static final class AppServiceFileDescriptorSupplier
      extends AppServiceBaseDescriptorSupplier {
    AppServiceFileDescriptorSupplier() {}
  }

  private static final class AppServiceMethodDescriptorSupplier
      extends AppServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AppServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AppServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AppServiceFileDescriptorSupplier())
              .addMethod(getSearchAppsMethod())
              .addMethod(getGetAppMethod())
              .addMethod(getListCategoriesMethod())
              .addMethod(getUpdateAppMethod())
              .addMethod(getAddDeviceAppMethod())
              .addMethod(getListDeviceAppsMethod())
              .addMethod(getUpdateDeviceAppMethod())
              .addMethod(getRemoveDeviceAppMethod())
              .addMethod(getToggleFavoriteMethod())
              .addMethod(getListFavoritesMethod())
              .addMethod(getCreateAppRelationshipMethod())
              .addMethod(getListAppRelationshipsMethod())
              .addMethod(getDeleteAppRelationshipMethod())
              .build();
        }
      }
    }
    return result;
  }
}
