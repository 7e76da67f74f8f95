package org.setu.kernel.admin;

/** Every projection an administrator may rebuild, each with where its last rebuild stands. */
public record FindProjectionsQuery() {
}
