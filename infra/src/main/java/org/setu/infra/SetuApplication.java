package org.setu.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Setu: shared referral cases for a national migration taskforce. */
@SpringBootApplication(scanBasePackages = "org.setu.infra",
        excludeName = "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration")
public class SetuApplication {

    public static void main(String[] args) {
        VendorReporting.disable();
        SpringApplication.run(SetuApplication.class, args);
    }
}
