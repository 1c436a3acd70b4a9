package dev.steadfast.erp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of Steadfast ERP, under /api. Health endpoints are under /health, outside it. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
