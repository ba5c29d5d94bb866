// Loads the generated classes against the runtime jars (run by clients/kotlin/check.sh):
// a message round-trips through its wire format, and every service's grpc-java
// descriptor has the methods of its proto descriptor. Static initialisers run
// here, so a generated code / runtime mismatch fails now rather than in an app.
import com.google.protobuf.Descriptors;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.util.TreeSet;
import kith.identity.v1.AuthServiceGrpc;
import kith.identity.v1.Identity.RegisterRequest;

public final class StubsSmoke {
  public static void main(String[] args) throws Exception {
    RegisterRequest request = RegisterRequest.newBuilder()
        .setEmail("ada@example.com")
        .setPassword("correct horse")
        .setDisplayName("Ada")
        .build();
    check(RegisterRequest.parseFrom(request.toByteArray()).equals(request), "RegisterRequest round trip");
    check(AuthServiceGrpc.getRegisterMethod().getFullMethodName().equals("kith.identity.v1.AuthService/Register"),
        "AuthService/Register method name");

    check(args.length > 0, "no *Grpc classes given");
    int methods = 0;
    for (String name : args) {
      Class<?> stubs = Class.forName(name);
      ServiceDescriptor service = (ServiceDescriptor) stubs.getMethod("getServiceDescriptor").invoke(null);
      Descriptors.ServiceDescriptor proto =
          ((ProtoServiceDescriptorSupplier) service.getSchemaDescriptor()).getServiceDescriptor();
      check(service.getName().equals(proto.getFullName()), name + ": service name " + service.getName());
      TreeSet<String> want = new TreeSet<>();
      for (Descriptors.MethodDescriptor m : proto.getMethods()) {
        want.add(proto.getFullName() + "/" + m.getName());
      }
      TreeSet<String> got = new TreeSet<>();
      for (MethodDescriptor<?, ?> m : service.getMethods()) {
        got.add(m.getFullMethodName());
      }
      check(got.equals(want), name + ": methods " + got + " != " + want);
      methods += got.size();
    }
    System.out.println("ok: " + args.length + " services, " + methods + " methods");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
