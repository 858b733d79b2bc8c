package org.smesupport.casework.web.restructuring;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.restructuring.FindRestructuringBoardQuery;
import org.smesupport.casework.api.restructuring.RestructuringBoard;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The restructuring board: a column per stage, each case with its caseworker and its days in the stage. */
@Controller
class RestructuringPages {

    private final QueryGateway queries;
    private final PageQueries pages;

    RestructuringPages(QueryGateway queries, PageQueries pages) {
        this.queries = queries;
        this.pages = pages;
    }

    /** The board as of the business date, so days in stage count to the day the centre works on. */
    @GetMapping("/restructuring/board")
    String board(Model model) {
        model.addAttribute("board", queries.query(new FindRestructuringBoardQuery(pages.businessDate().businessDate()),
                ResponseTypes.instanceOf(RestructuringBoard.class)).join());
        return "restructuring/board";
    }
}
