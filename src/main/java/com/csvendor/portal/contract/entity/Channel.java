package com.csvendor.portal.contract.entity;

/** How customers reach the agents. */
public enum Channel {
    CHAT, PHONE, EMAIL
}
