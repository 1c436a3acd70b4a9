package dev.steadfast.ops.topology;

/** A server of a group, on a host, with its group's port offset. Its name is unique across the domain and is its node name. */
public record Server(String name, Host host, int portOffset) {

    public int port(int base) {
        return base + portOffset;
    }
}
