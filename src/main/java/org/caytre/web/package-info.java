/**
 * {@code caytre serve}: the JSON API under {@code /api/v1} and the static UI, one Javalin process. A thin adapter: the
 * handlers only read parameters, call {@code kb}, {@code search} and the ingest path, and write JSON; one route table
 * ({@link org.caytre.web.Api}) drives both the registration and the OpenAPI document; errors are mapped in one place.
 */
package org.caytre.web;
