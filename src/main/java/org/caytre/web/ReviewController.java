package org.caytre.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.caytre.kb.KnowledgeBase;
import org.caytre.kb.Review;
import org.caytre.kb.ReviewActions;
import org.caytre.kb.Reviews;
import org.caytre.web.Route.Param;

/**
 * Analyst review over HTTP: one event with its review history, the audit trail (orphaned actions marked), and the
 * actions (JSON bodies), each needing a reviewer's token ({@link Reviewers}). Answers the action's audit record.
 */
final class ReviewController {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Backend backend;
    private final Reviewers reviewers;

    ReviewController(Backend backend, Reviewers reviewers) {
        this.backend = backend;
        this.reviewers = reviewers;
    }

    static List<Route> routes(Backend backend, WebConfig config) {
        var c = new ReviewController(backend, Reviewers.of(config.reviewers(), config.writeToken()));
        Param auth = Param.header("Authorization", "Bearer TOKEN of a reviewer (the reviewers file or the write token)");
        Param reason = Param.body("reason", "string", "why (required)");
        return List.of(
                Route.get(Api.BASE + "/events/{id}/history", "The analyst actions on one event, oldest first: {history: [review]}",
                        c::history, Param.path("id", "stable event id")).answering(ApiSchemas.object("history", ApiSchemas.array(ApiSchemas.ref("Review")))),
                Route.get(Api.BASE + "/reviews", "The audit trail of analyst actions, oldest first; orphaned: the event is gone", c::reviews)
                        .answering(ApiSchemas.object("reviews", ApiSchemas.array(ApiSchemas.with(ApiSchemas.REVIEW, "orphaned", ApiSchemas.bool())))),
                new Route(HandlerType.POST, Api.BASE + "/events/{id}/review", "Review an event: confirm, reject, edit (fields), "
                        + "merge (other: the event merged into this one) or split (mentions: doc@offset keys)",
                        List.of(Param.path("id", "stable event id"), auth, Param.body("action", "string", "confirm|reject|edit|merge|split"),
                                reason, Param.body("fields", "object", "edit: type, participants, date, attrs"),
                                Param.body("other", "string", "merge: the duplicate event's id"),
                                Param.body("mentions", "array", "split: the mentions to split off")), "application/json", c::reviewEvent)
                        .answering(ApiSchemas.ref("Review")),
                new Route(HandlerType.POST, Api.BASE + "/claims/{id}/review", "Accept or reject a partnership-level claim",
                        List.of(Param.path("id", "claim id"), auth, Param.body("action", "string", "accept|reject"), reason),
                        "application/json", c::reviewClaim).answering(ApiSchemas.ref("Review")),
                new Route(HandlerType.POST, Api.BASE + "/documents/{id}/entities/{n}/review", "Link an entity mention to another entity",
                        List.of(Param.path("id", "document id"), Param.path("n", "the mention's number in the document"), auth,
                                Param.body("entity_id", "string", "the right entity id (ISO alpha-3, ORG:…, PER:…)"), reason),
                        "application/json", c::relink).answering(ApiSchemas.ref("Review")));
    }

    void history(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        List<Review> history = new Reviews(backend.store()).of(id);
        if (history.isEmpty() && new KnowledgeBase(backend.store()).event(id).isEmpty()) throw ApiException.notFound("no event " + id);
        ctx.json(Map.of("history", history.stream().map(Review::toJson).toList()));
    }

    void reviews(Context ctx) throws SQLException {
        Set<Long> orphaned = new KnowledgeBase(backend.store()).orphanedReviews().stream().map(Review::seq).collect(Collectors.toSet());
        ctx.json(Map.of("reviews", new Reviews(backend.store()).all().stream().map(r -> {
            Map<String, Object> m = r.toJson();
            m.put("orphaned", orphaned.contains(r.seq()));
            return m;
        }).toList()));
    }

    @SuppressWarnings("unchecked")
    void reviewEvent(Context ctx) throws SQLException {
        String who = reviewers.authorize(ctx.header("Authorization"));
        Map<String, Object> body = body(ctx);
        String id = ctx.pathParam("id"), reason = text(body, "reason");
        ReviewActions act = new ReviewActions(backend.store());
        Review done = run(() -> switch (String.valueOf(body.get("action"))) {
            case "confirm" -> act.confirm(who, id, reason);
            case "reject" -> act.reject(who, id, reason);
            case "edit" -> act.edit(who, id, body.get("fields") instanceof Map<?, ?> f ? (Map<String, Object>) f : null, reason);
            case "merge" -> act.merge(who, id, text(body, "other"), reason);
            case "split" -> act.split(who, id, body.get("mentions") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : null, reason);
            default -> throw ApiException.badParameter("action must be confirm, reject, edit, merge or split, not '" + body.get("action") + "'");
        });
        ctx.status(201).json(done.toJson());
    }

    void reviewClaim(Context ctx) throws SQLException {
        String who = reviewers.authorize(ctx.header("Authorization"));
        Map<String, Object> body = body(ctx);
        String action = String.valueOf(body.get("action"));
        if (!action.equals("accept") && !action.equals("reject"))
            throw ApiException.badParameter("action must be accept or reject, not '" + action + "'");
        Review done = run(() -> new ReviewActions(backend.store()).decide(who, ctx.pathParam("id"), action.equals("accept"), text(body, "reason")));
        ctx.status(201).json(done.toJson());
    }

    void relink(Context ctx) throws SQLException {
        String who = reviewers.authorize(ctx.header("Authorization"));
        Map<String, Object> body = body(ctx);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("n must be a whole number, not '" + ctx.pathParam("n") + "'");
        }
        Review done = run(() -> new ReviewActions(backend.store()).relink(who, ctx.pathParam("id"), n, text(body, "entity_id"), text(body, "reason")));
        ctx.status(201).json(done.toJson());
    }

    private interface Action { Review run() throws SQLException; }

    private static Review run(Action a) throws SQLException {
        try {
            return a.run();
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    private static Map<String, Object> body(Context ctx) {
        try {
            Map<String, Object> m = MAPPER.readValue(ctx.body(), new TypeReference<Map<String, Object>>() {});
            if (m == null) throw ApiException.badParameter("send a JSON object");
            return m;
        } catch (java.io.IOException e) {
            throw ApiException.badParameter("the body must be a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String text(Map<String, Object> body, String name) {
        Object v = body.get(name);
        return v == null ? null : v.toString();
    }
}
