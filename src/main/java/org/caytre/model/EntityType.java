package org.caytre.model;

public enum EntityType { COUNTRY, ORGANIZATION, AGREEMENT, PERSON, PARTY_DOCUMENT, CONGRESS }
