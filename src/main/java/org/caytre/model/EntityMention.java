package org.caytre.model;

/** A name in the text linked to a canonical id ("VNM", "ORG:ASEAN", "AGR:EVFTA", "PER:Nguyễn Phú Trọng"). */
public record EntityMention(Span span, String text, String id, EntityType type) {}
