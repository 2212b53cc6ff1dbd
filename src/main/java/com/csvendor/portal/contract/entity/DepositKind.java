package com.csvendor.portal.contract.entity;

/** 定金 (EARNEST: binding — forfeited by the payer or returned double by the receiver on breach) versus 订金 (ADVANCE: a plain prepayment,  refunded). */
public enum DepositKind {
    NONE, EARNEST, ADVANCE
}
