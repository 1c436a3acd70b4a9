package dev.steadfast.erp.archfixture;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A REST method that names nobody who may call it. */
@Path("open")
class OpenResource {

    @GET
    public String open() {
        return "";
    }
}
