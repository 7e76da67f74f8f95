package org.setu.infra.nodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The users file both nodes read: staff of the ministry, IOM, BRAC and the secretariat, and a webhook partner. */
final class Users {

    private Users() {
    }

    static Path file(Path dir) throws IOException {
        StringBuilder json = new StringBuilder("[");
        String[][] users = {{"admin", "secretariat", "SECRETARIAT_ADMIN"}, {"reviewer", "secretariat", "SECRETARIAT_REVIEWER"},
                {"moe-cw", "moewoe", "CASEWORKER"}, {"iom-cw", "iom-bd", "CASEWORKER"}, {"iom-fp", "iom-bd", "FOCAL_POINT"},
                {"brac-fp", "brac-mp", "FOCAL_POINT"}};
        for (String[] u : users) {
            json.append(String.format("{\"username\":\"%s\",\"password\":\"%s\",\"name\":\"%s\",\"agency\":\"%s\","
                    + "\"roles\":[\"%s\"]},", u[0], Api.PASSWORD, u[0], u[1], u[2]));
        }
        json.append("{\"clientId\":\"hook-1\",\"clientSecret\":\"partner-secret\",\"name\":\"hook-1\",\"roles\":[\"PARTNER\"]}]");
        Path file = dir.resolve("users.json");
        Files.writeString(file, json);
        return file;
    }
}
