package com.csvendor.portal.contract.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a version's terms as their JSON document. */
@Converter
public class TermsConverter implements AttributeConverter<ContractTerms, String> {

    @Override
    public String convertToDatabaseColumn(ContractTerms terms) {
        return terms == null ? null : TermsJson.write(terms);
    }

    @Override
    public ContractTerms convertToEntityAttribute(String json) {
        return json == null ? null : TermsJson.read(json);
    }
}
