package org.setu.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The served OpenAPI 3.1 document: its frame, typed ids as strings, and each operation's real contract. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI setuOpenApi() {
        return ApiDocument.base();
    }

    @Bean
    public TypedIdSchemas typedIdSchemas() {
        return new TypedIdSchemas();
    }

    @Bean
    public ContractCustomizer contractCustomizer() {
        return new ContractCustomizer();
    }
}
