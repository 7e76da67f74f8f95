package org.setu.kernel.admin;

/** Every projection an administrator may rebuild, each with where its last rebuild on this node stands. */
public record FindProjectionsQuery() {
}
