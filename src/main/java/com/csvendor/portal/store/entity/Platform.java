package com.csvendor.portal.store.entity;

/** The e-commerce platform a store sells on; decides which export formats its KPI reports come in. */
public enum Platform {
    TMALL, TAOBAO, JD, DOUYIN, KUAISHOU, PINDUODUO, OTHER
}
