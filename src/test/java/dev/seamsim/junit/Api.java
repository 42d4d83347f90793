package dev.seamsim.junit;

import dev.seamsim.testing.OpenApiResponseValidator;
import dev.seamsim.testing.SeamEnvelopeCheck;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** REST Assured requests into an injected workspace, checked like every call of the suite (OpenAPI + envelope). */
final class Api {
    private Api() {
    }

    static RequestSpecification as(SeamWorkspace ws) {
        return given().baseUri(ws.baseUrl()).contentType(ContentType.JSON).header("Authorization", ws.authorization())
                .filter(SeamEnvelopeCheck.INSTANCE).filter(OpenApiResponseValidator.INSTANCE);
    }
}
