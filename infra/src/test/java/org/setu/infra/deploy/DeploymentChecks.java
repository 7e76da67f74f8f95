package org.setu.infra.deploy;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.setu.infra.deploy.Manifests.at;
import static org.setu.infra.deploy.Manifests.list;
import static org.setu.infra.deploy.Manifests.map;

/** What a Setu Deployment must say, as a list of problems (empty: none), so a test can also feed it broken ones. */
final class DeploymentChecks {

    /** The actuator's probe paths: management.endpoint.health.probes in application.yml, base path /actuator. */
    static final String READINESS = "/actuator/health/readiness";
    static final String LIVENESS = "/actuator/health/liveness";

    private DeploymentChecks() {
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        return map(list(at(deployment, "spec", "template", "spec", "containers")).get(0));
    }

    static List<String> problems(Map<String, Object> deployment, Manifests.Image image) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
        Map<String, Object> container = container(deployment);
        String uid = image.user().split(":")[0];
        if (!Boolean.TRUE.equals(at(pod, "securityContext", "runAsNonRoot"))) {
            problems.add("the pod must set runAsNonRoot: true");
        }
        if (!uid.equals(String.valueOf(at(pod, "securityContext", "runAsUser")))) {
            problems.add("runAsUser must be the image's user " + uid + ", not " + at(pod, "securityContext", "runAsUser"));
        }
        if (!Boolean.TRUE.equals(at(container, "securityContext", "readOnlyRootFilesystem"))) {
            problems.add("the container must set readOnlyRootFilesystem: true");
        }
        if (!Boolean.FALSE.equals(at(container, "securityContext", "allowPrivilegeEscalation"))) {
            problems.add("the container must set allowPrivilegeEscalation: false");
        }
        if (!image.reference().equals(container.get("image"))) {
            problems.add("image " + container.get("image") + " is not the one Jib builds, " + image.reference());
        }
        if (!READINESS.equals(at(container, "readinessProbe", "httpGet", "path"))) {
            problems.add("the readiness probe must ask " + READINESS);
        }
        if (!LIVENESS.equals(at(container, "livenessProbe", "httpGet", "path"))) {
            problems.add("the liveness probe must ask " + LIVENESS);
        }
        Set<String> mounts = new HashSet<>();
        list(container.get("volumeMounts")).forEach(m -> mounts.add((String) map(m).get("mountPath")));
        if (!mounts.containsAll(Set.of("/tmp", image.environment().get("SETU_DATA_DIR")))) {
            problems.add("/tmp and the data directory must be mounted volumes on a read-only root, mounted: " + mounts);
        }
        Set<String> read = Manifests.environmentNamesTheCodeReads();
        for (Object e : list(container.get("env"))) {
            String name = (String) map(e).get("name");
            if (!read.contains(name)) {
                problems.add("the environment variable " + name + " is read by no code");
            }
        }
        return problems;
    }
}
