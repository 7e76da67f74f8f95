package org.setu.infra.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.infra.deploy.Manifests.at;
import static org.setu.infra.deploy.Manifests.kind;
import static org.setu.infra.deploy.Manifests.list;
import static org.setu.infra.deploy.Manifests.map;

/**
 * The Kubernetes manifests and the compose file agree with the code and the image: probe paths and ports, the
 * environment names Setu reads, the image reference Jib builds, a non-root user and a read-only root filesystem.
 */
class DeploymentManifestsTest {

    private final List<Map<String, Object>> kubernetes = Manifests.kubernetes();
    private final Manifests.Image image = Manifests.image();
    private final Set<String> codeReads = Manifests.environmentNamesTheCodeReads();

    @Test
    void the_code_reads_the_names_the_check_relies_on() {
        assertThat(codeReads).as("a scan that finds nothing would pass every manifest")
                .contains("MONGODB_URI", "SETU_MASTER_KEY", "SETU_JWT_ISSUER_URI", "SETU_JWT_AUDIENCE", "SETU_DATA_DIR",
                        "MANAGEMENT_SERVER_PORT", "SETU_BACKUP_DIRECTORY");
    }

    @Test
    void the_deployment_runs_the_image_jib_builds_as_non_root_on_a_read_only_root_filesystem() {
        Map<String, Object> deployment = kind(kubernetes, "Deployment");
        assertThat(DeploymentChecks.problems(deployment, image)).isEmpty();
        assertThat(image.user()).doesNotStartWith("0:").isNotEqualTo("root");
        assertThat(image.volumes()).contains("/data", "/tmp");
        assertThat(image.environment()).containsEntry("SETU_DATA_DIR", "/data");
        assertThat(codeReads).containsAll(image.environment().keySet());
        assertThat(at(kind(kubernetes, "Kustomization"), "images").toString())
                .contains("newName=" + image.reference().split(":")[0], "newTag=" + image.reference().split(":")[1]);
    }

    @Test
    void the_checks_catch_a_root_user_a_writable_root_a_wrong_probe_and_an_unknown_variable() {
        String broken = Manifests.kubernetesText("deployment.yaml")
                .replace("runAsUser: 65532", "runAsUser: 0").replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false")
                .replace("path: /actuator/health/readiness", "path: /health").replace("name: SETU_DATA_DIR", "name: SETU_DATA_DIRECTORY")
                .replace("image: setu:", "image: other:");
        List<String> problems = DeploymentChecks.problems(map(new Yaml().load(broken)), image);
        assertThat(String.join("\n", problems)).contains("runAsUser", "readOnlyRootFilesystem", "readiness",
                "SETU_DATA_DIRECTORY", "image");
    }

    @Test
    void probes_use_the_management_port_the_config_map_sets() {
        Map<String, Object> container = DeploymentChecks.container(kind(kubernetes, "Deployment"));
        Map<String, Object> config = map(kind(kubernetes, "ConfigMap").get("data"));
        Object management = list(container.get("ports")).stream().map(Manifests::map)
                .filter(p -> "management".equals(p.get("name"))).findFirst().orElseThrow().get("containerPort");
        assertThat(config.get("MANAGEMENT_SERVER_PORT")).isEqualTo(String.valueOf(management));
        assertThat(codeReads).containsAll(config.keySet());
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(at(container, probe, "httpGet", "port")).as(probe).isEqualTo("management");
        }
        Map<String, Object> service = kind(kubernetes, "Service");
        assertThat(list(at(service, "spec", "ports")).toString()).contains("targetPort=http").doesNotContain("management");
    }

    @Test
    void the_master_key_comes_from_the_secret_and_the_selectors_match_the_pods() {
        Map<String, Object> deployment = kind(kubernetes, "Deployment");
        Map<String, Object> secret = kind(kubernetes, "Secret");
        Map<String, Object> key = list(DeploymentChecks.container(deployment).get("env")).stream().map(Manifests::map)
                .filter(e -> "SETU_MASTER_KEY".equals(e.get("name"))).findFirst().orElseThrow();
        assertThat(at(key, "valueFrom", "secretKeyRef", "name")).isEqualTo(at(secret, "metadata", "name"));
        assertThat(map(secret.get("stringData"))).containsKey((String) at(key, "valueFrom", "secretKeyRef", "key"));
        Object podLabels = at(deployment, "spec", "template", "metadata", "labels");
        assertThat(at(kind(kubernetes, "Service"), "spec", "selector")).isEqualTo(podLabels);
        assertThat(at(kind(kubernetes, "PodDisruptionBudget"), "spec", "selector", "matchLabels")).isEqualTo(podLabels);
        assertThat(at(kind(kubernetes, "PodDisruptionBudget"), "spec", "maxUnavailable")).isEqualTo(1);
        assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void compose_runs_two_setu_nodes_of_the_image_on_a_three_member_replica_set_with_keycloak() {
        Map<String, Object> services = map(Manifests.compose().get("services"));
        List<String> setuNodes = new ArrayList<>();
        services.forEach((name, s) -> {
            Map<String, Object> service = map(s);
            if (image.reference().equals(service.get("image"))) {
                setuNodes.add(name);
                assertThat(service.get("read_only")).as(name).isEqualTo(true);
                assertThat(String.valueOf(service.get("user"))).as(name).doesNotStartWith("0").isNotEqualTo("root");
                assertThat(codeReads).as(name).containsAll(map(service.get("environment")).keySet());
                assertThat((String) at(service, "environment", "MONGODB_URI"))
                        .contains("mongo1:27017", "mongo2:27017", "mongo3:27017", "replicaSet=rs0");
            }
        });
        assertThat(setuNodes).hasSize(2);
        assertThat(services).containsKeys("mongo1", "mongo2", "mongo3", "mongo-init", "keycloak");
        String realm = list(at(map(services.get("keycloak")), "volumes")).get(0).toString().split(":")[0];
        assertThat(Files.isRegularFile(Manifests.ROOT.resolve("deploy").resolve(realm).normalize()))
                .as("the realm export the compose file mounts").isTrue();
        assertThat(Files.isRegularFile(Path.of("..", "docs", "keycloak", "setu-realm.json"))).isTrue();
    }
}
