package org.smesupport.casework.api.company;

import java.util.List;

/** One page of the company list; {@code total} counts every company. */
public record CompanyPage(List<CompanyView> items, int page, int size, long total) {
}
