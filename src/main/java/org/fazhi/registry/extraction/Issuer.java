package org.fazhi.registry.extraction;

/**
 * The body that issued a report, as the text names it.
 *
 * @param name the name as written, the fullest form the text gives (重庆市卫生健康委员会, not 市卫生健康委)
 * @param kind read from the name
 * @param evidence where the name was read
 * @param partial true when the name lacks its place (市卫生健康委, 区政府) and no fuller form was given
 */
public record Issuer(String name, OrganisationKind kind, OrganisationEvidence evidence, boolean partial) {
}
