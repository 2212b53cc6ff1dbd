package com.csvendor.portal.vendor.entity;

public enum AgentStatus {
    ACTIVE, LEFT
}
